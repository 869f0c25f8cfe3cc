/** "1:05" for 65 000 ms, "0:00" at the end; whole seconds, rounded up, so 0:00 only shows when time is up. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
