import { type RefObject, useCallback, useEffect, useRef } from 'react';

/** Whether focus fell to the page: nothing, or the body, has it (the focused control was removed). */
export function focusFellToPage(active: Element | null, body: Element | null): boolean {
  return active === null || active === body;
}

/**
 * Keeps focus in place for a control that goes away once the server answered its command ("Vote" is gone once the
 * vote is counted, "Pass the stick" once the stick moved): call `acted` when sending; when `answer` (the state the
 * answer changes) next changes and focus fell to the page, `target` takes it (an element with `tabIndex={-1}` that
 * says what happened, or the panel's heading). Focus that the person moved on elsewhere in the meantime stays there.
 */
export function useFocusAfterAnswer<T extends HTMLElement>(
  answer: unknown,
): { readonly target: RefObject<T | null>; readonly acted: () => void } {
  const target = useRef<T>(null);
  const pending = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer is what may have removed the focused control
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    if (focusFellToPage(document.activeElement, document.body)) target.current?.focus({ preventScroll: true });
  }, [answer]);
  const acted = useCallback(() => {
    pending.current = true;
  }, []);
  return { target, acted };
}
