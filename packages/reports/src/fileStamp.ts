/**
 * `2026-11-26-1405`: a moment's day and time of day in `timeZone` (default Europe/Berlin, the administration's), for
 * file names, so that files of one meeting made at different times get different names and sort in the order they
 * were made. `at`: ms since the epoch or ISO 8601.
 */
export function fileStamp(at: number | string, timeZone = 'Europe/Berlin'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}-${part('hour')}${part('minute')}`;
}
