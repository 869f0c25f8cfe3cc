import { describe, expect, it } from 'vitest';
import { FakeClock } from './fakes.test-support.js';
import { MediaRecovery, type RecoveryTarget, recoveryDelay } from './MediaRecovery.js';

function setup(waitForConnection = true) {
  const clock = new FakeClock();
  const restarts: [RecoveryTarget, number][] = [];
  const restoring: boolean[] = [];
  const recovery = new MediaRecovery({
    schedule: clock.schedule,
    restart: (target) => {
      restarts.push([target, clock.now]);
      return waitForConnection;
    },
    onRestoringChange: (r) => restoring.push(r),
  });
  return { clock, restarts, restoring, recovery };
}

describe('MediaRecovery', () => {
  it('backsOffOneTwoFourSecondsUpToFifteen', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(recoveryDelay)).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('rebuildsAFailedTargetAfterTheBackoffAndNeverFaster', () => {
    const t = setup();
    t.recovery.failed('publisher');
    t.recovery.failed('publisher');
    t.recovery.failed('publisher');
    expect(t.restoring).toEqual([true]);
    t.clock.advance(999);
    expect(t.restarts).toEqual([]);
    t.clock.advance(1);
    expect(t.restarts).toEqual([['publisher', 1000]]);
    // The rebuilt connection fails again before connecting: twice the wait.
    t.recovery.failed('publisher');
    t.clock.advance(2000);
    t.recovery.failed('publisher');
    t.clock.advance(4000);
    expect(t.restarts.map(([, at]) => at)).toEqual([1000, 3000, 7000]);
    expect(t.recovery.restoring).toBe(true);
  });

  it('endsRestoringOnConnectAndStartsOverOnceStable', () => {
    const t = setup();
    t.recovery.failed('subscriber');
    t.clock.advance(1000);
    t.recovery.failed('subscriber');
    t.clock.advance(2000);
    t.recovery.connected('subscriber');
    expect(t.restoring).toEqual([true, false]);
    expect(t.recovery.attempts('subscriber')).toBe(2);
    t.clock.advance(10_000);
    expect(t.recovery.attempts('subscriber')).toBe(0);
    t.recovery.failed('subscriber');
    t.clock.advance(1000);
    expect(t.restarts.at(-1)).toEqual(['subscriber', 14_000]);
  });

  it('aWobbleBeforeStableKeepsTheBackoff', () => {
    const t = setup();
    t.recovery.failed('publisher');
    t.clock.advance(1000);
    t.recovery.connected('publisher');
    t.clock.advance(5000);
    t.recovery.failed('publisher');
    t.clock.advance(1999);
    expect(t.restarts).toHaveLength(1);
    t.clock.advance(1);
    expect(t.restarts).toHaveLength(2);
  });

  it('staysRestoringWhileEitherTargetIsDown', () => {
    const t = setup();
    t.recovery.failed('publisher');
    t.recovery.failed('subscriber');
    t.clock.advance(1000);
    t.recovery.connected('publisher');
    expect(t.recovery.restoring).toBe(true);
    t.recovery.connected('subscriber');
    expect(t.restoring).toEqual([true, false]);
  });

  it('aRestartWithNothingToWaitForCountsAsRestored', () => {
    const t = setup(false);
    t.recovery.failed('publisher');
    t.clock.advance(1000);
    expect(t.restoring).toEqual([true, false]);
  });

  it('resetCancelsAPendingRebuild', () => {
    const t = setup();
    t.recovery.failed('publisher');
    t.recovery.reset();
    t.clock.advance(60_000);
    expect(t.restarts).toEqual([]);
    expect(t.recovery.restoring).toBe(false);
    expect(t.restoring).toEqual([true]);
  });
});
