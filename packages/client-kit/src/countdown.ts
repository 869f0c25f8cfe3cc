/**
 * How countdowns and stopwatches read, the same in every module: whole seconds left until `endsAt` at server time
 * `now`, rounded up (so 0 only shows when the time is up) and never below 0.
 */
export function secondsLeft(endsAt: number, now: number): number {
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

/** Whole seconds since `startedAt` at server time `now`, rounded down, never below 0. */
export function secondsElapsed(startedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** Seconds as a clock: `0:59`, `12:05`, with hours only when needed (`1:02:03`). Negative counts as 0. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Milliseconds from server time `now` until the next whole second counted from `from` (a deadline or a start): when
 * a clock counting from `from` shows its next value. Every view of the same deadline ticks at that moment, so they
 * never show different seconds. Between 1 and 1000.
 */
export function msUntilNextSecond(now: number, from: number): number {
  const past = (((now - from) % 1000) + 1000) % 1000;
  return 1000 - past;
}
