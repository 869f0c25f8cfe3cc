/** What can take keyboard focus inside a dialog, in tab order (no positive tabindex is used in the app). */
export const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * Where Tab (or Shift+Tab) goes from the element at `current` among `count` focusable
 * elements, wrapping at both ends so focus never leaves a modal dialog. `current` is -1 when
 * focus is on none of them (e.g. on the dialog itself). Returns null when nothing can take focus.
 */
export function nextFocusIndex(current: number, count: number, backwards: boolean): number | null {
  if (count === 0) return null;
  if (current < 0) return backwards ? count - 1 : 0;
  return backwards ? (current - 1 + count) % count : (current + 1) % count;
}
