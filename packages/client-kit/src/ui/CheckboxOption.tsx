import './startForm.css';

export interface CheckboxOptionProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A labelled checkbox on its own line of a form (label after the box, the whole line tall enough to hit). */
export function CheckboxOption({ id, label, checked, onChange }: CheckboxOptionProps) {
  return (
    <div className="start-form__option">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
