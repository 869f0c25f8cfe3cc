import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby'>;

export interface TextFieldProps extends NativeInput {
  readonly label: string;
  /** Always shown under the field and read with it. */
  readonly hint: string;
  /** Shown (and announced) while set; marks the field invalid. */
  readonly error?: ReactNode;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  /** For callers that move focus to the field; generated when absent. */
  readonly id?: string;
}

/**
 * A labelled text input with its hint and, when invalid, its error: the hint and the error
 * are tied to the input with `aria-describedby`, and the error is announced as an alert.
 */
export function TextField({ label, hint, error, value, onValueChange, id, ...input }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        type="text"
        {...input}
        id={inputId}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => onValueChange(e.target.value)}
      />
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
