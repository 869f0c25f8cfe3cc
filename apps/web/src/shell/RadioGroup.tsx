import { useId } from 'react';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface RadioGroupProps<V extends string> {
  /** The group's name, read before each option ("Waiting room, Guests only, radio button"). */
  readonly legend: string;
  readonly hint?: string | undefined;
  /** Shown (and announced) while set; tied to the group with `aria-describedby`. */
  readonly error?: string | undefined;
  readonly options: readonly RadioOption<V>[];
  readonly value: V;
  readonly onValueChange: (value: V) => void;
  readonly disabled?: boolean;
  /** The fieldset's id, for callers that move focus into the group (to its checked option). */
  readonly id?: string;
}

/**
 * A set of native radio buttons in a fieldset: arrow keys move between the options, Tab enters and leaves the group,
 * the legend names it, and hint and error are tied to the group.
 */
export function RadioGroup<V extends string>({
  legend,
  hint,
  error,
  options,
  value,
  onValueChange,
  disabled = false,
  id: givenId,
}: RadioGroupProps<V>) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <fieldset id={givenId} className="radio-group" aria-describedby={describedBy || undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio-group__option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onValueChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
