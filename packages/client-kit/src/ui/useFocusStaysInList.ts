import { type RefCallback, useCallback, useEffect, useRef } from 'react';
import { focusFellToPage } from './useFocusAfterAnswer.js';

/**
 * Keeps keyboard focus in a row of buttons whose buttons are replaced when used: a toggle whose "Allow writing"
 * becomes "Stop writing" once the server answered is a new button, and the focused one is gone with the old. Put the
 * returned ref on the row: when the button that had focus left it and focus fell to the page, the button now at its
 * place (or the last one) takes focus. Focus moved on elsewhere stays where it went.
 */
export function useFocusStaysInList<T extends HTMLElement>(): RefCallback<T> {
  const row = useRef<T | null>(null);
  const last = useRef<{ readonly button: Element; readonly index: number } | null>(null);
  const onFocusIn = useCallback((event: FocusEvent) => {
    const list = row.current;
    const target = event.target;
    if (!list || !(target instanceof Element)) return;
    const index = buttonsIn(list).indexOf(target);
    last.current = index < 0 ? null : { button: target, index };
  }, []);
  const ref = useCallback(
    (node: T | null) => {
      row.current?.removeEventListener('focusin', onFocusIn);
      row.current = node;
      node?.addEventListener('focusin', onFocusIn);
    },
    [onFocusIn],
  );
  useEffect(() => {
    const was = last.current;
    const list = row.current;
    if (!was || !list || was.button.isConnected) return;
    last.current = null;
    if (!focusFellToPage(document.activeElement, document.body)) return;
    const buttons = buttonsIn(list);
    (buttons[Math.min(was.index, buttons.length - 1)] as HTMLElement | undefined)?.focus();
  });
  return ref;
}

function buttonsIn(row: HTMLElement): Element[] {
  return [...row.querySelectorAll('button')];
}
