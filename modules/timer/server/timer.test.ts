import { coreModule } from '@plenum/module-core/server';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { MAX_DURATION_SECONDS, MAX_TITLE_LENGTH, MIN_DURATION_SECONDS, READY_COUNT_INTERVAL_MS } from '../protocol.js';
import { timerModule } from './TimerModule.js';

const setup = () => new TestRoom({ modules: [coreModule, timerModule] });

const countdown = {
  kind: 'countdown',
  title: 'Break',
  durationSeconds: 300,
  style: 'normal',
  readyCheck: false,
} as const;

async function meeting() {
  const room = setup();
  const alice = await room.join('alice');
  const bob = await room.join('bob');
  const carol = await room.join('carol');
  const everyone = [alice, bob, carol];
  const clear = () => {
    for (const p of everyone) p.inbox.clear();
  };
  clear();
  return { room, alice, bob, carol, everyone, clear };
}

async function start(alice: TestPersona, fields: Record<string, unknown> = {}): Promise<string> {
  await alice.act('timer', 'start', { ...countdown, ...fields });
  const timer = alice.inbox.last('timer', 'started')?.timer as { id: string } | undefined;
  if (!timer) throw new Error(`no timer started: ${JSON.stringify(alice.inbox.frames)}`);
  return timer.id;
}

describe('starting and stopping', () => {
  it('moderatorStartsACountdownWithServerTimes', async () => {
    const { room, alice, everyone } = await meeting();
    await alice.act('timer', 'start', { ...countdown, title: '  Coffee  ', style: 'coffeeBreak', readyCheck: true });
    const now = room.clock.now();
    for (const p of everyone)
      expect(p.inbox.events('timer', 'started')).toEqual([
        {
          ns: 'timer',
          event: 'started',
          timer: {
            id: 'timer-1',
            kind: 'countdown',
            title: 'Coffee',
            style: 'coffeeBreak',
            readyCheck: true,
            startedBy: alice.participantId,
            startedAt: now,
            endsAt: now + 300_000,
          },
        },
      ]);
  });

  it('participantCannotStartOrStopATimer', async () => {
    const { room, alice, bob, carol } = await meeting();
    const guest = await room.join('guest');
    alice.inbox.clear();
    carol.inbox.clear();
    await bob.act('timer', 'start', countdown, 'b1');
    await guest.act('timer', 'start', countdown, 'g1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'timer', id: 'b1', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.errors()).toEqual([{ ns: 'timer', id: 'g1', error: 'forbidden', required: 'moderator' }]);
    expect([...alice.inbox.frames, ...carol.inbox.frames]).toEqual([]);
    const timerId = await start(alice);
    carol.inbox.clear();
    await bob.act('timer', 'stop', { timerId }, 'b2');
    expect(bob.inbox.errors().at(-1)).toEqual({ ns: 'timer', id: 'b2', error: 'forbidden', required: 'moderator' });
    expect(carol.inbox.frames).toEqual([]);
  });

  it('countdownEndsByItselfAndEveryoneIsTold', async () => {
    const { room, alice, everyone } = await meeting();
    const timerId = await start(alice);
    const endsAt = room.clock.now() + 300_000;
    await room.advance(299_999);
    expect(alice.inbox.events('timer', 'stopped')).toEqual([]);
    await room.advance(1);
    for (const p of everyone)
      expect(p.inbox.events('timer', 'stopped')).toEqual([
        { ns: 'timer', event: 'stopped', timerId, reason: 'elapsed', at: endsAt, by: null },
      ]);
  });

  it('countdownWarnsOnceWhenOneMinuteIsLeft', async () => {
    const { room, alice, bob } = await meeting();
    const timerId = await start(alice);
    await room.advance(240_000);
    expect(bob.inbox.events('timer', 'oneMinuteLeft')).toEqual([{ ns: 'timer', event: 'oneMinuteLeft', timerId }]);
    await room.advance(60_000);
    expect(bob.inbox.events('timer', 'oneMinuteLeft')).toHaveLength(1);
    const short = await start(alice, { durationSeconds: 60 });
    await room.advance(60_000);
    expect(bob.inbox.events('timer', 'oneMinuteLeft').filter((e) => e.timerId === short)).toEqual([]);
  });

  it('moderatorStopsAStopwatch', async () => {
    const { room, alice, bob } = await meeting();
    const timerId = await start(alice, { kind: 'stopwatch', durationSeconds: undefined });
    expect(bob.inbox.last('timer', 'started')).toMatchObject({ timer: { kind: 'stopwatch', endsAt: null } });
    await room.advance(90_000);
    await alice.act('timer', 'stop', { timerId });
    expect(bob.inbox.last('timer', 'stopped')).toEqual({
      ns: 'timer',
      event: 'stopped',
      timerId,
      reason: 'stopped',
      at: room.clock.now(),
      by: alice.participantId,
    });
  });

  it('aStoppedCountdownNeitherWarnsNorEndsLater', async () => {
    const { room, alice, bob } = await meeting();
    const timerId = await start(alice);
    await alice.act('timer', 'stop', { timerId });
    await room.advance(300_000);
    expect(bob.inbox.events('timer', 'oneMinuteLeft')).toEqual([]);
    expect(bob.inbox.events('timer', 'stopped')).toHaveLength(1);
  });

  it('onlyOneTimerRunsAtATime', async () => {
    const { alice, bob } = await meeting();
    const timerId = await start(alice);
    alice.inbox.clear();
    await alice.act('timer', 'start', countdown, 'a2');
    expect(alice.inbox.frames).toEqual([{ ns: 'timer', id: 'a2', error: 'timerRunning', timerId }]);
    expect(bob.inbox.events('timer', 'started')).toHaveLength(1);
  });

  it('stoppingAnUnknownTimerIsRefused', async () => {
    const { alice, bob } = await meeting();
    await alice.act('timer', 'stop', { timerId: 'timer-9' }, 'a1');
    expect(alice.inbox.frames).toEqual([{ ns: 'timer', id: 'a1', error: 'noSuchTimer', timerId: 'timer-9' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('titleAndDurationAreCheckedAgainstTheLimits', async () => {
    const { alice, bob } = await meeting();
    const limits = { error: 'invalidDuration', minSeconds: MIN_DURATION_SECONDS, maxSeconds: MAX_DURATION_SECONDS };
    await alice.act('timer', 'start', { ...countdown, title: 't'.repeat(MAX_TITLE_LENGTH + 1) }, 'a1');
    await alice.act('timer', 'start', { ...countdown, durationSeconds: undefined }, 'a2');
    await alice.act('timer', 'start', { ...countdown, durationSeconds: 0 }, 'a3');
    await alice.act('timer', 'start', { ...countdown, durationSeconds: MAX_DURATION_SECONDS + 1 }, 'a4');
    await alice.act('timer', 'start', { ...countdown, durationSeconds: 1.5 }, 'a5');
    await alice.act('timer', 'start', { ...countdown, kind: 'stopwatch' }, 'a6');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'timer', id: 'a1', error: 'titleTooLong', maxLength: MAX_TITLE_LENGTH },
      { ns: 'timer', id: 'a2', ...limits },
      { ns: 'timer', id: 'a3', ...limits },
      { ns: 'timer', id: 'a4', ...limits },
      { ns: 'timer', id: 'a5', ...limits },
      { ns: 'timer', id: 'a6', error: 'stopwatchHasNoDuration' },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });
});

describe('ready check', () => {
  it('participantTicksReadyModeratorsSeeWhoEveryoneSeesHowMany', async () => {
    const { room, alice, bob, carol, everyone, clear } = await meeting();
    const timerId = await start(alice, { readyCheck: true });
    clear();
    await bob.act('timer', 'setReady', { timerId, ready: true });
    const changed = { ns: 'timer', event: 'readyChanged', timerId, participantId: bob.participantId, ready: true };
    expect(alice.inbox.frames).toEqual([changed]);
    expect(bob.inbox.frames).toEqual([changed]);
    expect(carol.inbox.frames).toEqual([]);
    await room.advance(READY_COUNT_INTERVAL_MS);
    for (const p of everyone)
      expect(p.inbox.events('timer', 'readyCount')).toEqual([
        { ns: 'timer', event: 'readyCount', timerId, ready: 1, total: 3 },
      ]);
  });

  it('aReadyChangeReachesAllModeratorsInOneWriteAndTheParticipantInAnother', async () => {
    const { room, alice, bob, carol } = await meeting();
    const owner = await room.join('owner');
    const timerId = await start(alice, { readyCheck: true });
    room.writes.length = 0;
    await bob.act('timer', 'setReady', { timerId, ready: true });
    expect(room.writes.map((w) => w.recipients)).toEqual([2, 1]);
    await alice.act('timer', 'setReady', { timerId, ready: true });
    expect(room.writes.map((w) => w.recipients)).toEqual([2, 1, 2]);
    expect(owner.inbox.events('timer', 'readyChanged').map((e) => e.participantId)).toEqual([
      bob.participantId,
      alice.participantId,
    ]);
    expect(carol.inbox.events('timer', 'readyChanged')).toEqual([]);
  });

  it('readyCountIsCoalesced', async () => {
    const { room, alice, bob, carol } = await meeting();
    const timerId = await start(alice, { readyCheck: true });
    await bob.act('timer', 'setReady', { timerId, ready: true });
    await carol.act('timer', 'setReady', { timerId, ready: true });
    await bob.act('timer', 'setReady', { timerId, ready: false });
    await room.advance(READY_COUNT_INTERVAL_MS);
    expect(carol.inbox.events('timer', 'readyCount')).toEqual([
      { ns: 'timer', event: 'readyCount', timerId, ready: 1, total: 3 },
    ]);
  });

  it('readyIsRefusedWithoutAReadyCheck', async () => {
    const { room, alice, bob } = await meeting();
    const timerId = await start(alice);
    alice.inbox.clear();
    await bob.act('timer', 'setReady', { timerId, ready: true }, 'b1');
    await bob.act('timer', 'setReady', { timerId: 'timer-7', ready: true }, 'b2');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'timer', id: 'b1', error: 'noReadyCheck', timerId },
      { ns: 'timer', id: 'b2', error: 'noSuchTimer', timerId: 'timer-7' },
    ]);
    await room.advance(READY_COUNT_INTERVAL_MS);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('phoneCallersAreNotAskedNorCounted', async () => {
    const { room, alice } = await meeting();
    const phone = await room.join('phone');
    const timerId = await start(alice, { readyCheck: true });
    await phone.act('timer', 'setReady', { timerId, ready: true }, 'p1');
    expect(phone.inbox.errors()).toEqual([{ ns: 'timer', id: 'p1', error: 'notAsked' }]);
    await room.advance(READY_COUNT_INTERVAL_MS);
    expect(alice.inbox.events('timer', 'readyCount')).toEqual([]);
    const late = await room.join('carol', { displayName: 'Dave' });
    expect(late.inbox.last('core', 'joined')?.modules).toMatchObject({ timer: { running: { ready: 0, total: 4 } } });
  });

  it('joinsAndLeavesUpdateTheCount', async () => {
    const { room, alice, bob, carol } = await meeting();
    const timerId = await start(alice, { readyCheck: true });
    await bob.act('timer', 'setReady', { timerId, ready: true });
    await room.advance(READY_COUNT_INTERVAL_MS);
    carol.inbox.clear();
    await bob.act('core', 'leave');
    await room.join('guest');
    await room.advance(READY_COUNT_INTERVAL_MS);
    expect(carol.inbox.events('timer', 'readyCount')).toEqual([
      { ns: 'timer', event: 'readyCount', timerId, ready: 0, total: 3 },
    ]);
  });

  it('aNewModeratorLearnsWhoIsReady', async () => {
    const { alice, bob, carol } = await meeting();
    const timerId = await start(alice, { readyCheck: true });
    await bob.act('timer', 'setReady', { timerId, ready: true });
    carol.inbox.clear();
    await alice.act('core', 'promote', { participantId: carol.participantId });
    expect(carol.inbox.events('timer', 'readyList')).toEqual([
      { ns: 'timer', event: 'readyList', timerId, readyIds: [bob.participantId] },
    ]);
  });
});

describe('joining late', () => {
  it('lateJoinerGetsTheRunningTimerAndTheirReadyStateWhenResumed', async () => {
    const room = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const timerId = await start(alice, { readyCheck: true });
    await bob.act('timer', 'setReady', { timerId, ready: true });
    await bob.drop();
    const inbox = await bob.reconnect();
    expect(inbox.last('core', 'joined')?.modules).toEqual({
      timer: {
        running: {
          timer: expect.objectContaining({ id: timerId, readyCheck: true }),
          ready: 1,
          total: 2,
          mine: true,
        },
        serverNow: room.clock.now(),
      },
    });
    const mod = await room.join('alice', { displayName: 'Mod 2' });
    expect(mod.inbox.last('core', 'joined')?.modules).toMatchObject({
      timer: { running: { ready: 1, total: 3, mine: false, readyIds: [bob.participantId] } },
    });
  });

  it('nothingRunsInTheJoinStateAfterTheEnd', async () => {
    const { room, alice } = await meeting();
    await start(alice, { durationSeconds: 5 });
    await room.advance(5_000);
    const late = await room.join('carol', { displayName: 'Dave' });
    expect(late.inbox.last('core', 'joined')?.modules).toEqual({
      timer: { running: null, serverNow: room.clock.now() },
    });
  });
});
