import type { ReactNode } from 'react';
import './startForm.css';

export interface FieldGroupProps {
  readonly legend: ReactNode;
  /** A module's own class next to the shared one, for its layout (`ballot__group`). */
  readonly className?: string;
  readonly legendClassName?: string;
  /** The id of a hint that describes the whole group. */
  readonly describedBy?: string | undefined;
  readonly disabled?: boolean;
  readonly children: ReactNode;
}

/** Related controls in a framed box under a legend: the one look of every such group in the side panels. */
export function FieldGroup({ legend, className, legendClassName, describedBy, disabled, children }: FieldGroupProps) {
  return (
    <fieldset
      className={className ? `start-form__group ${className}` : 'start-form__group'}
      aria-describedby={describedBy}
      disabled={disabled}
    >
      <legend className={legendClassName}>{legend}</legend>
      {children}
    </fieldset>
  );
}
