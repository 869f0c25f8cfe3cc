import type { FormEvent, ReactNode, Ref } from 'react';
import './startForm.css';

export interface StartFormFrameProps {
  /** The form's accessible name ("Start a poll"). */
  readonly label?: string;
  readonly submitLabel: string;
  /** Called on submit (the page does not reload). */
  readonly onSubmit: () => void;
  /**
   * What is wrong, under the form: an alert when `alert` (the form's own check, just now), else plain text (e.g. the
   * server's last refusal). The submit button is described by it.
   */
  readonly problem?: { readonly id: string; readonly text: string; readonly alert?: boolean } | null;
  readonly formRef?: Ref<HTMLFormElement>;
  /** The module's own class, for its styles. */
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * The frame of a moderator's form that starts something (a poll, a timer, breakout rooms): its fields in a column,
 * what is wrong with them, and the submit button. The browser's own validation is off: the module checks its limits
 * and says what is wrong in the module's words.
 */
export function StartFormFrame({
  label,
  submitLabel,
  onSubmit,
  problem,
  formRef,
  className,
  children,
}: StartFormFrameProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      ref={formRef}
      className={className ? `start-form ${className}` : 'start-form'}
      {...(label === undefined ? {} : { 'aria-label': label })}
      onSubmit={submit}
      noValidate
    >
      {children}
      {problem && (
        <p id={problem.id} className="start-form__problem" role={problem.alert === false ? undefined : 'alert'}>
          {problem.text}
        </p>
      )}
      <button type="submit" className="button button--primary" {...(problem ? { 'aria-describedby': problem.id } : {})}>
        {submitLabel}
      </button>
    </form>
  );
}
