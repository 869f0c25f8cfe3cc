import { type RefObject, useEffect, useRef } from 'react';

/**
 * The id of an element to focus once the next render is on screen: set `.current`, then change state (the element may
 * only exist after that render, e.g. a row just added or a question just opened).
 */
export function useFocusNext(): RefObject<string | null> {
  const next = useRef<string | null>(null);
  useEffect(() => {
    if (next.current === null) return;
    document.getElementById(next.current)?.focus();
    next.current = null;
  });
  return next;
}
