/** A refusal: wait this many whole seconds (≥1) before trying again. */
export interface Throttled {
  readonly retryAfterSeconds: number;
}

interface Window {
  start: number;
  failures: number;
}

/**
 * Counts failed attempts (wrong passwords, unknown invite codes) per key in fixed windows, in memory. A key with
 * `limit` failures in its current window is throttled until the window ends. Several keys are checked together
 * (the client's address and the room), so that spreading guesses over rooms or over addresses does not help.
 *
 * Memory is bounded: at most `maxKeys` windows are kept; the oldest are dropped first (dropping only forgets
 * failures, it never throttles anyone wrongly).
 */
export class AttemptLimiter {
  readonly #windows = new Map<string, Window>();

  constructor(
    private readonly options: { readonly windowMs: number; readonly maxKeys?: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Throttled if any key has used up its `limit` in the current window. */
  check(keys: readonly { key: string; limit: number }[]): Throttled | undefined {
    const now = this.now();
    let waitMs = 0;
    for (const { key, limit } of keys) {
      const window = this.#current(key, now);
      if (window && window.failures >= limit) waitMs = Math.max(waitMs, window.start + this.options.windowMs - now);
    }
    return waitMs > 0 ? { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : undefined;
  }

  /** Counts one failure against every key. */
  fail(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const window = this.#current(key, now);
      if (window) window.failures++;
      else {
        this.#windows.set(key, { start: now, failures: 1 });
        this.#trim();
      }
    }
  }

  #current(key: string, now: number): Window | undefined {
    const window = this.#windows.get(key);
    if (window && now - window.start >= this.options.windowMs) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #trim(): void {
    const max = this.options.maxKeys ?? 100_000;
    if (this.#windows.size <= max) return;
    const now = this.now();
    for (const [key, window] of this.#windows) {
      if (this.#windows.size <= max) break;
      // Expired windows go first; then the oldest (Map keeps insertion order).
      if (now - window.start >= this.options.windowMs || this.#windows.size > max) this.#windows.delete(key);
    }
  }
}
