import type { ComponentPropsWithoutRef } from 'react';

export interface TextFieldProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'type' | 'value' | 'onChange' | 'children'> {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A labelled one-line text input of a form (label above the field); other attributes go to the input. */
export function TextField({ id, label, value, onChange, ...input }: TextFieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} onChange={(event) => onChange(event.currentTarget.value)} {...input} />
    </>
  );
}
