import { FieldGroup } from './FieldGroup.js';

export interface ChoiceGroupProps<V extends string> {
  readonly legend: string;
  /** The radio group's name (unique in the page, e.g. from `useId`); each radio's id is `${name}-${value}`. */
  readonly name: string;
  /** The choices, in order: each value with its label. */
  readonly options: Readonly<Record<V, string>>;
  readonly value: NoInfer<V>;
  readonly onChange: (value: NoInfer<V>) => void;
}

/** One choice out of a few, as a group of radio buttons under a legend. */
export function ChoiceGroup<V extends string>({ legend, name, options, value, onChange }: ChoiceGroupProps<V>) {
  return (
    <FieldGroup legend={legend}>
      {(Object.entries(options) as [V, string][]).map(([option, label]) => (
        <div key={option} className="start-form__option">
          <input
            id={`${name}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${name}-${option}`}>{label}</label>
        </div>
      ))}
    </FieldGroup>
  );
}
