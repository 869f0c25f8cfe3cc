import { describe, expect, it } from 'vitest';
import { formatClock, msUntilNextSecond, secondsElapsed, secondsLeft } from './countdown.js';
import { clockFrom, deviceClock, deviceTimeOf, serverTimeAt } from './serverClock.js';

describe('serverClock', () => {
  it('learnsTheOffsetFromTheServerTimeAFrameCarriedAndWhenItArrived', () => {
    // The device is 14 s behind the server; the frame said 10:00:00.000 and arrived at the device's 09:59:46.
    const clock = clockFrom(36_000_000, { receivedAt: 35_986_000 });
    expect(clock).toEqual({ offset: 14_000 });
    // Whenever it is asked later, it answers the server's time, not the time the frame arrived.
    expect(serverTimeAt(clock, 35_986_000 + 30_000)).toBe(36_030_000);
    // A server time of day shows as this device's clock will read it then.
    expect(deviceTimeOf(clock, 36_060_000)).toBe(36_046_000);
  });

  it('takesTheDeviceClockWithoutAReceiveTime', () => {
    expect(clockFrom(36_000_000, {})).toBe(deviceClock);
    expect(serverTimeAt(deviceClock, 5)).toBe(5);
  });
});

describe('countdown', () => {
  it('roundsTimeLeftUpAndElapsedTimeDownNeverBelowZero', () => {
    expect(secondsLeft(60_000, 0)).toBe(60);
    expect(secondsLeft(60_000, 1)).toBe(60);
    expect(secondsLeft(60_000, 59_001)).toBe(1);
    expect(secondsLeft(60_000, 60_000)).toBe(0);
    expect(secondsLeft(60_000, 90_000)).toBe(0);
    expect(secondsElapsed(1000, 62_999)).toBe(61);
    expect(secondsElapsed(1000, 0)).toBe(0);
  });

  it('formatsMinutesAndSecondsWithHoursOnlyWhenNeeded', () => {
    expect([formatClock(0), formatClock(59), formatClock(725), formatClock(3723), formatClock(-5)]).toEqual([
      '0:00',
      '0:59',
      '12:05',
      '1:02:03',
      '0:00',
    ]);
  });

  it('ticksOnTheWholeSecondsOfTheDeadline', () => {
    // Deadline at …500: the shown seconds change at …500, wherever the clock is shown.
    expect(msUntilNextSecond(10_200, 60_500)).toBe(300);
    expect(msUntilNextSecond(10_500, 60_500)).toBe(1000);
    expect(msUntilNextSecond(70_499, 60_500)).toBe(1);
  });
});
