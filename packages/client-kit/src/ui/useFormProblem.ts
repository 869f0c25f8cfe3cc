import { useId, useRef, useState } from 'react';

/** What is wrong with a form's input, and in which field (`F`: the form's names for its fields). */
export interface FormProblem<F> {
  readonly text: string;
  readonly field: F;
}

/** The attributes of a field that the shown problem is about. */
export interface InvalidAttributes {
  readonly 'aria-invalid'?: true;
  readonly 'aria-describedby'?: string;
}

/**
 * A start form's check before sending: ids for its fields (`id(name)`), the problem shown under the form (`frame`
 * goes to `StartFormFrame`), and `report` that shows one (or none) and moves focus to its field. Fields mark
 * themselves with `invalid(field)`, which also points them at the problem's text.
 */
export function useFormProblem<F extends string | number>() {
  const baseId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<FormProblem<F> | null>(null);
  const id = (name: string | number) => `${baseId}-${name}`;
  const problemId = id('problem');
  const invalidIf = (on: boolean): InvalidAttributes =>
    on ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
  /** Shows `found` (null: clears it) and focuses the field `focus` (its own field unless given); true if found. */
  const report = (found: FormProblem<F> | null, focus: string | number | undefined = found?.field): boolean => {
    setProblem(found);
    if (found && focus !== undefined) form.current?.querySelector<HTMLElement>(`[id="${id(focus)}"]`)?.focus();
    return found !== null;
  };
  return {
    form,
    /** The form frame's `formRef` and `problem` (an alert with the problem's text). */
    frame: { formRef: form, problem: problem && { id: problemId, text: problem.text } },
    problem,
    problemId,
    id,
    report,
    invalidIf,
    invalid: (field: F) => invalidIf(problem?.field === field),
  };
}
