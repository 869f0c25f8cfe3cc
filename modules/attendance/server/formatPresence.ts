/** Presence as hours and minutes, `h:mm` (minutes rounded down): 0:00, 1:05, 26:40. */
export function formatPresence(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
