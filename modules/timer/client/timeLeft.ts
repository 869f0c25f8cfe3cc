import { secondsElapsed, secondsLeft } from '@plenum/client-kit';

/**
 * The time to show, in whole seconds: left of a countdown (rounded up, never below 0) or elapsed of a stopwatch
 * (rounded down). `now` is the server's time as this client estimates it.
 */
export function shownSeconds(
  timer: { readonly startedAt: number; readonly endsAt: number | null },
  now: number,
): number {
  return timer.endsAt === null ? secondsElapsed(timer.startedAt, now) : secondsLeft(timer.endsAt, now);
}

/** The server time the shown seconds count from: they change on its whole seconds. */
export function tickOrigin(timer: { readonly startedAt: number; readonly endsAt: number | null }): number {
  return timer.endsAt ?? timer.startedAt;
}
