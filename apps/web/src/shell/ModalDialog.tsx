import { CloseIcon } from '@plenum/client-kit/ui';
import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { focusableSelector, type TabStopCandidate, trapTab } from './focusTrap.js';

export interface ModalDialogProps {
  /** The dialog's heading, which is also its accessible name. */
  readonly title: string;
  /** Accessible name of the close button. */
  readonly closeLabel: string;
  readonly onClose: () => void;
  /** Gets focus back when the dialog goes away (the button that opened it). */
  readonly returnFocus: RefObject<HTMLElement | null>;
  readonly children: ReactNode;
}

/**
 * An accessible modal dialog on the native `<dialog>` element: `showModal` makes the rest of
 * the page inert and puts the dialog in the top layer. On top of that, Tab and Shift+Tab wrap
 * at the first and last stop inside the dialog (so focus never wanders into the browser's chrome), Escape closes it, the
 * heading gets focus on open, and focus returns to `returnFocus` on close. Render it only
 * while open; unmounting closes it.
 */
export function ModalDialog({ title, closeLabel, onClose, returnFocus, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // The heading, not the first control: it names the dialog and its controls may still be
    // loading (disabled) at this moment. Tab goes on to the first control.
    dialog.querySelector<HTMLElement>('.modal__title')?.focus();
    const returnTo = returnFocus.current;
    return () => {
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, [returnFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    // Only the ends wrap; in between the browser moves on by itself (one stop per radio group).
    const items = focusable(event.currentTarget);
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = trapTab(items.map(tabStopCandidate), current, event.shiftKey);
    if (next === 'native') return;
    event.preventDefault();
    if (next !== null) items[next]?.focus();
  };

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape from the browser's own handling: close through our state, not behind its back.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="modal__header">
        <h2 id={headingId} className="modal__title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
          <CloseIcon />
        </button>
      </div>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}

function focusable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusableSelector)].filter((el) => !el.closest('[hidden]'));
}

function tabStopCandidate(element: HTMLElement): TabStopCandidate {
  const radio = element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '';
  return { radioGroup: radio ? element.name : null, checked: radio && element.checked };
}
