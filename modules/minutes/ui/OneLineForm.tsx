import { TextField } from '@plenum/client-kit/ui';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { cancelOnEscape } from './cancelOnEscape.js';

export interface OneLineFormProps {
  /** The field's label; also the form's accessible name unless `formLabel` is given. */
  readonly label: string;
  readonly formLabel?: string;
  readonly submitLabel: string;
  /** Said under the field when `onSubmit` refuses the text. */
  readonly problem: string;
  readonly initial?: string;
  readonly maxLength?: number;
  /** Takes the text; false refuses it (the problem is shown, the field keeps it and takes focus). */
  readonly onSubmit: (text: string) => boolean;
  /** Offers a cancel button next to submit; Escape in the form cancels too (and does not close the panel). */
  readonly cancel?: { readonly label: string; readonly onCancel: () => void };
  /** More fields between the text and the buttons (a decision's linked vote). */
  readonly children?: ReactNode;
  readonly autoFocus?: boolean;
}

/**
 * A small form of one text field (adding an item, a motion; renaming): cleared after an accepted submit. The field
 * takes focus after every submit, so the next entry can be typed at once.
 */
export function OneLineForm({
  label,
  formLabel,
  submitLabel,
  problem,
  initial = '',
  maxLength,
  onSubmit,
  cancel,
  children,
  autoFocus,
}: OneLineFormProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [refused, setRefused] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const accepted = onSubmit(text);
    setRefused(!accepted);
    if (accepted) setText('');
    // Refused: to fix the text; accepted: to write the next one (a form that closes moves focus on itself).
    form.current?.querySelector<HTMLElement>(`[id="${id}"]`)?.focus();
  };
  return (
    <form
      ref={form}
      className="minutes-form"
      aria-label={formLabel ?? label}
      noValidate
      onSubmit={submit}
      {...(cancel ? { onKeyDown: cancelOnEscape(cancel.onCancel) } : {})}
    >
      <TextField
        id={id}
        label={label}
        value={text}
        onChange={setText}
        autoFocus={autoFocus}
        {...(maxLength === undefined ? {} : { maxLength })}
        {...(refused ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {})}
      />
      {children}
      {refused && (
        <p id={`${id}-problem`} className="minutes-form__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="minutes-form__buttons">
        <button type="submit" className="button button--small">
          {submitLabel}
        </button>
        {cancel && (
          <button type="button" className="button button--small" onClick={cancel.onCancel}>
            {cancel.label}
          </button>
        )}
      </div>
    </form>
  );
}
