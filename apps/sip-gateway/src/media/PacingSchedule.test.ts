import { describe, expect, it } from 'vitest';
import { PacingSchedule } from './PacingSchedule.js';

describe('PacingSchedule', () => {
  it('sends one frame per 20 ms tick on time', () => {
    const schedule = new PacingSchedule(1000);
    expect(schedule.tick(1000)).toEqual({ frames: 1, nextDelayMs: 20 });
    expect(schedule.tick(1020)).toEqual({ frames: 1, nextDelayMs: 20 });
  });

  it('waits less after a late timer, so lateness does not add up (no drift)', () => {
    const schedule = new PacingSchedule(0);
    schedule.tick(0);
    expect(schedule.tick(24)).toEqual({ frames: 1, nextDelayMs: 16 });
    expect(schedule.tick(41)).toEqual({ frames: 1, nextDelayMs: 19 });
  });

  it('keeps frame k at k × 20 ms even when every timer fires 1.5 ms late', () => {
    const schedule = new PacingSchedule(0);
    let now = 0;
    let sent = 0;
    for (let i = 0; i < 1000; i++) {
      const { frames, nextDelayMs } = schedule.tick(now);
      sent += frames;
      now += nextDelayMs + 1.5;
    }
    expect(sent).toBe(1000);
    expect(now).toBeCloseTo(1000 * 20 + 1.5, 6);
  });

  it('catches up one or two frames after a short stall, but starts over after a long one instead of bursting', () => {
    const schedule = new PacingSchedule(0);
    schedule.tick(0);
    expect(schedule.tick(45).frames).toBe(2);
    expect(schedule.tick(500)).toEqual({ frames: 1, nextDelayMs: 20 });
    expect(schedule.tick(520).frames).toBe(1);
  });

  it('sends nothing when woken early', () => {
    const schedule = new PacingSchedule(0);
    schedule.tick(0);
    expect(schedule.tick(10)).toEqual({ frames: 0, nextDelayMs: 10 });
  });
});
