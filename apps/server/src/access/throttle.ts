import { RestError } from '../http/restErrors.js';
import type { AttemptLimiter } from './AttemptLimiter.js';

/** Throws `tooManyAttempts` (429 with Retry-After) when any of the keys is used up. */
export function assertNotThrottled(limiter: AttemptLimiter, keys: readonly { key: string; limit: number }[]): void {
  const throttled = limiter.check(keys);
  if (throttled) {
    throw new RestError(
      'tooManyAttempts',
      `Too many attempts. Try again in ${throttled.retryAfterSeconds} seconds.`,
      undefined,
      throttled.retryAfterSeconds,
    );
  }
}
