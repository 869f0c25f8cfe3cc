import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface InlineConfirmProps {
  /** The opening button's text, and the form's name ("Stop vote"). */
  readonly label: string;
  /** The frame's own class (`vote-stop`), and the form's (`vote-stop__confirm`). */
  readonly className: string;
  readonly formClassName: string;
  /** The button that does it ("Stop the vote now"), styled as dangerous. */
  readonly confirmLabel: string;
  /** The button that closes the step and changes nothing ("Keep the vote running"). */
  readonly keepLabel: string;
  /** An id that describes the confirming button (the question), if any. */
  readonly confirmDescribedBy?: string;
  /** The form just opened: focus what comes first in it. */
  readonly focusOnOpen: (form: HTMLFormElement) => void;
  /** Submitted: check and act (the step stays open; the vote's end removes it). */
  readonly onConfirm: (form: HTMLFormElement) => void;
  /** Closed without acting: forget what was typed. */
  readonly onClosed?: () => void;
  /** The form's fields or question, above its two buttons. */
  readonly children: ReactNode;
}

/**
 * An inline confirm step of a running vote (stop, cancel): a button that opens a small form below it (`aria-expanded`)
 * with the fields or question and two buttons. The keep button, or Escape while it is open, closes it, changes nothing,
 * and puts focus back on the opening button; Escape goes no further then (the panel around it stays open).
 */
export function InlineConfirm(props: InlineConfirmProps) {
  const { label, className, formClassName, confirmLabel, keepLabel, confirmDescribedBy } = props;
  const formId = `${useId()}-form`;
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const { focusOnOpen } = props;
  useEffect(() => {
    if (open && form.current) focusOnOpen(form.current);
  }, [open, focusOnOpen]);
  const close = () => {
    setOpen(false);
    props.onClosed?.();
    opener.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the form's controls
    <div className={className} onKeyDown={onKeyDown}>
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
      </button>
      {open && (
        <form
          ref={form}
          id={formId}
          className={formClassName}
          aria-label={label}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            props.onConfirm(event.currentTarget);
          }}
        >
          {props.children}
          <div className="vote-panel__buttons">
            <button type="submit" className="button button--danger button--small" aria-describedby={confirmDescribedBy}>
              {confirmLabel}
            </button>
            <button type="button" className="button button--small" onClick={close}>
              {keepLabel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
