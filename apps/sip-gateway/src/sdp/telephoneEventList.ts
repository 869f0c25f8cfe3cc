/**
 * The event list in the fmtp of telephone-event (RFC 4733, the "events" parameter): `0-15`, `0-11,16`, `0,1,2-5`.
 * Without an fmtp the default list is 0-15.
 */

export const DEFAULT_TELEPHONE_EVENTS: readonly number[] = range(0, 15);

const MAX_EVENT = 255;
const MAX_LIST_LENGTH = 256;

/** Sorted, without duplicates; `undefined` when the text is not an event list. */
export function parseTelephoneEventList(text: string): number[] | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || compact.length > MAX_LIST_LENGTH) return undefined;
  const events = new Set<number>();
  for (const item of compact.split(',')) {
    const match = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(item);
    if (match === null) return undefined;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first || last > MAX_EVENT) return undefined;
    for (let event = first; event <= last; event++) events.add(event);
  }
  return [...events].sort((a, b) => a - b);
}

/** `[0,1,2,3,11]` → `0-3,11` */
export function formatTelephoneEventList(events: readonly number[]): string {
  const sorted = [...new Set(events)].sort((a, b) => a - b);
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index] as number;
    let last = first;
    while (sorted[index + 1] === last + 1) {
      index++;
      last++;
    }
    parts.push(first === last ? `${first}` : `${first}-${last}`);
    index++;
  }
  return parts.join(',');
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
