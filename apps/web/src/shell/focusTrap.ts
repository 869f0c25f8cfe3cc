/** What can take keyboard focus inside a dialog, in tab order (no positive tabindex is used in the app). */
export const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** A focusable element as far as Tab cares: radio buttons of one group (`radioGroup`, their name) share a stop. */
export interface TabStopCandidate {
  readonly radioGroup: string | null;
  readonly checked: boolean;
}

/**
 * The indices of `items` that Tab stops at, as browsers do: every element, except that a radio group is one stop,
 * its checked radio, or without one its first (forwards) or last (`backwards`) radio.
 */
export function tabStops(items: readonly TabStopCandidate[], backwards: boolean): number[] {
  const stops: number[] = [];
  items.forEach((item, index) => {
    const group = item.radioGroup;
    if (group === null) {
      stops.push(index);
      return;
    }
    const members = items.flatMap((other, i) => (other.radioGroup === group ? [i] : []));
    const checked = members.find((i) => items[i]?.checked);
    const stop = checked ?? (backwards ? members[members.length - 1] : members[0]);
    if (stop === index) stops.push(index);
  });
  return stops;
}

/**
 * Where Tab (or Shift+Tab) must send focus from `items[current]` so that it never leaves a modal dialog: to the
 * first stop from the last one (or from any radio of the last stop's group), to the last from the first, and to the
 * near end when focus is on none of them (`current` -1, e.g. on the dialog's heading). Answers `'native'` everywhere
 * else, where the browser's own Tab order is right (it moves through radio groups as one stop), and null when
 * nothing can take focus.
 */
export function trapTab(
  items: readonly TabStopCandidate[],
  current: number,
  backwards: boolean,
): number | 'native' | null {
  const stops = tabStops(items, backwards);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (first === undefined || last === undefined) return null;
  if (current < 0 || current >= items.length) return backwards ? last : first;
  const edge = backwards ? first : last;
  const group = items[current]?.radioGroup ?? null;
  const atEdge = current === edge || (group !== null && items[edge]?.radioGroup === group);
  if (!atEdge) return 'native';
  return backwards ? last : first;
}
