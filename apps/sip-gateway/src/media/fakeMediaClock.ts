import { FakeClock } from '../transport/FakeClock.js';
import type { MediaClock } from './MediaClock.js';

/** A `MediaClock` over the transport's `FakeClock`, for tests: time moves only with `fake.advance`. */
export function fakeMediaClock(fake: FakeClock = new FakeClock()): MediaClock & { readonly fake: FakeClock } {
  return {
    fake,
    now: () => fake.now,
    setTimer: (delayMs, callback) => fake.setTimer(delayMs, callback),
  };
}
