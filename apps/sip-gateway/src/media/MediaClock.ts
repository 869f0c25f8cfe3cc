import { performance } from 'node:perf_hooks';
import type { TimerHandle } from '../transport/Clock.js';

/**
 * Time for the media path: a monotonic `now()` in milliseconds and one-shot timers. Pacing reads `now()` to
 * schedule by absolute time (so timer lateness never accumulates), and tests drive both with a fake.
 */
export interface MediaClock {
  now(): number;
  setTimer(delayMs: number, callback: () => void): TimerHandle;
}

/** `performance.now()` and unreferenced `setTimeout`s: a paced prompt alone does not keep the process alive. */
export const systemMediaClock: MediaClock = {
  now: () => performance.now(),
  setTimer(delayMs, callback) {
    const timer = setTimeout(callback, Math.max(0, delayMs));
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};
