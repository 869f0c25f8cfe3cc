/**
 * A token bucket: `burst` tokens at once, then one more every `refillMs`. Time comes from the caller, so it is a pure
 * function of its inputs and runs on any clock (the room's, a test's, the browser's). Used for the signalling frame
 * limit, the chat's per-participant pace on the server, and the same pace in the client, so the two agree.
 */
export class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(
    readonly burst: number,
    readonly refillMs: number,
    now: number,
  ) {
    this.#tokens = burst;
    this.#at = now;
  }

  /** Takes one token and returns 0, or returns how many milliseconds until one is available (taking nothing). */
  take(now: number): number {
    const wait = this.waitMs(now);
    if (wait === 0) this.#tokens -= 1;
    return wait;
  }

  /** Milliseconds until a token is available (0: now), taking nothing. */
  waitMs(now: number): number {
    this.#refill(now);
    return this.#tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - this.#tokens) * this.refillMs));
  }

  /** Whether the bucket is full again, so it can be forgotten. */
  isFull(now: number): boolean {
    this.#refill(now);
    return this.#tokens >= this.burst;
  }

  #refill(now: number): void {
    const elapsed = Math.max(0, now - this.#at);
    this.#tokens = Math.min(this.burst, this.#tokens + elapsed / this.refillMs);
    this.#at = Math.max(this.#at, now);
  }
}
