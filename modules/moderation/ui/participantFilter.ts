/** A name as the filter compares it: without accents, case and surrounding spaces ("Müller" → "muller"). */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

/**
 * The people whose name contains every word of `query` (in any order, ignoring accents and case), in their order;
 * everyone for an empty query. "meier fr" finds "Frau Meier".
 */
export function matchingPeople<T extends { readonly displayName: string }>(people: readonly T[], query: string): T[] {
  const words = searchKey(query)
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return [...people];
  return people.filter((p) => {
    const name = searchKey(p.displayName);
    return words.every((w) => name.includes(w));
  });
}

/** How far Page Up and Page Down move in a list of people. */
const pageSize = 10;

/**
 * Where a key moves the choice in a list of `count` options from `index` (-1: none yet): Down and Up one step, Page
 * Down and Page Up ten, stopping at the ends; the first Down (or Page Down) chooses the first option, the first Up
 * the last. Enter keeps the choice, or chooses the first option when there is none. Null for any other key, or an
 * empty list.
 */
export function movedChoice(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return index < 0 ? 0 : Math.min(index + 1, last);
    case 'ArrowUp':
      return index < 0 ? last : Math.max(index - 1, 0);
    case 'PageDown':
      return index < 0 ? 0 : Math.min(index + pageSize, last);
    case 'PageUp':
      return index < 0 ? 0 : Math.max(index - pageSize, 0);
    case 'Enter':
      return Math.max(index, 0);
    default:
      return null;
  }
}
