/**
 * The time to show, in whole seconds: left of a countdown (rounded up, never below 0) or elapsed of a stopwatch
 * (rounded down). `now` is the server's time as this client estimates it.
 */
export function shownSeconds(
  timer: { readonly startedAt: number; readonly endsAt: number | null },
  now: number,
): number {
  if (timer.endsAt === null) return Math.max(0, Math.floor((now - timer.startedAt) / 1000));
  return Math.max(0, Math.ceil((timer.endsAt - now) / 1000));
}

/** "4:05", "1:02:03": minutes and seconds, with hours only when needed. */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
