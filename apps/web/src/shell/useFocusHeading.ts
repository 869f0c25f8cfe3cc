import { useEffect, useRef } from 'react';

/**
 * Moves focus to a page's main heading when the page appears, so that screen-reader and
 * keyboard users learn that the view changed (a single-page app has no page load to tell them).
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown = null) {
  const ref = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` deliberately re-triggers the focus move
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
