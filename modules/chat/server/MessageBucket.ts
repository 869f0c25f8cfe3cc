/**
 * A token bucket for one participant's messages: `burst` at once, then one more every
 * `refillMs`. Time comes from the caller (the room's clock), so tests run on the fake clock.
 */
export class MessageBucket {
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
    this.#refill(now);
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.#tokens) * this.refillMs));
  }

  /** Whether the bucket is full again, so it can be forgotten. */
  isFull(now: number): boolean {
    this.#refill(now);
    return this.#tokens >= this.burst;
  }

  #refill(now: number): void {
    const elapsed = Math.max(0, now - this.#at);
    this.#tokens = Math.min(this.burst, this.#tokens + elapsed / this.refillMs);
    this.#at = now;
  }
}
