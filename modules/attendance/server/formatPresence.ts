/** A presence in whole minutes, as a row of the report prints it: rounded down, never negative. */
export function presenceMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / 60_000);
}

/** Minutes as hours and minutes, `h:mm`: 0:00, 1:05, 26:40. */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Presence as hours and minutes, `h:mm` (minutes rounded down): 0:00, 1:05, 26:40. */
export function formatPresence(ms: number): string {
  return formatMinutes(presenceMinutes(ms));
}
