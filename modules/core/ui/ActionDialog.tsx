import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ActionConfirm, ActionForm, ParticipantAction } from './participantAction.js';
import './ActionDialog.css';

export interface ActionDialogProps {
  /** An action with a `confirm` step or a `form`. */
  readonly action: ParticipantAction;
  /** Closes the dialog without doing anything (Cancel, Escape). */
  readonly onCancel: () => void;
  /** Closes the dialog because the action was done (confirmed, or the form submitted). */
  readonly onDone: () => void;
}

/**
 * The dialog of an action that asks first, on the native `<dialog>` opened with `showModal` (the page behind is
 * inert), laid out like the app's other dialogs: the title beside a close button (which cancels), then the content.
 * A confirmation is named by the action and described by its question, and focus starts on Cancel, the harmless
 * choice (a confirmation's `option` is a checkbox between question and buttons); a form is named by its title and
 * focus starts in its field. Escape cancels and stops there, so
 * the list or panel around it stays open. Render it only while open; unmounting closes it. Focus after closing is
 * the caller's to place (back on its button after Cancel, elsewhere after the action).
 */
export function ActionDialog({ action, onCancel, onDone }: ActionDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const questionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  /**
   * Leaves the modal state at once, before the caller moves focus: while a modal dialog is open the page behind it is
   * inert and cannot take focus.
   */
  const leave = (then: () => void) => {
    const dialog = ref.current;
    if (dialog?.open) dialog.close();
    then();
  };
  const cancel = () => leave(onCancel);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
  const { form, confirm } = action;
  return (
    <dialog
      ref={ref}
      className="modal action-dialog"
      aria-labelledby={titleId}
      aria-describedby={confirm ? questionId : undefined}
      data-action-dialog={action.key}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // The browser's own close request (Escape): close through our state, not behind its back.
        event.preventDefault();
        cancel();
      }}
    >
      <div className="modal__header action-dialog__header">
        <h2 id={titleId} className="modal__title action-dialog__title">
          {form ? form.title : action.label}
        </h2>
        <button type="button" className="icon-button" aria-label={(form ?? confirm)?.closeLabel} onClick={cancel}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="modal__body action-dialog__body">
        {form && (
          <TextForm
            form={form}
            onCancel={cancel}
            onDone={(text) =>
              leave(() => {
                onDone();
                form.onSubmit(text);
              })
            }
          />
        )}
        {confirm && (
          <ConfirmStep
            confirm={confirm}
            questionId={questionId}
            onCancel={cancel}
            onConfirm={(optionChecked) =>
              leave(() => {
                onDone();
                action.onSelect(optionChecked);
              })
            }
          />
        )}
      </div>
    </dialog>
  );
}

function ConfirmStep({
  confirm,
  questionId,
  onCancel,
  onConfirm,
}: {
  readonly confirm: ActionConfirm;
  readonly questionId: string;
  readonly onCancel: () => void;
  /** Gets whether the `option` was checked; undefined without one. */
  readonly onConfirm: (optionChecked: boolean | undefined) => void;
}) {
  const optionId = useId();
  const { option } = confirm;
  const [checked, setChecked] = useState(option?.checked ?? false);
  return (
    <>
      <p id={questionId} className="action-dialog__question">
        {confirm.question}
      </p>
      {option && (
        <div className="action-dialog__option">
          <input
            id={optionId}
            type="checkbox"
            checked={checked}
            onChange={(event) => setChecked(event.currentTarget.checked)}
          />
          <label htmlFor={optionId}>{option.label}</label>
        </div>
      )}
      <div className="action-dialog__buttons">
        <button type="button" className="button button--danger" onClick={() => onConfirm(option ? checked : undefined)}>
          {confirm.confirmLabel}
        </button>
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          {confirm.cancelLabel}
        </button>
      </div>
    </>
  );
}

function TextForm({
  form,
  onCancel,
  onDone,
}: {
  readonly form: ActionForm;
  readonly onCancel: () => void;
  readonly onDone: (text: string) => void;
}) {
  const fieldId = useId();
  const problemId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(form.initial);
  const [checked, setChecked] = useState(false);
  const problem = form.problem(text);
  const shown = checked ? problem : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem === null) onDone(text);
    else field.current?.focus();
  };
  return (
    <form className="action-dialog__form" noValidate onSubmit={submit}>
      <label htmlFor={fieldId}>{form.fieldLabel}</label>
      <input
        ref={field}
        id={fieldId}
        type="text"
        value={text}
        maxLength={form.maxLength}
        autoComplete="off"
        data-autofocus
        aria-invalid={shown !== null}
        aria-describedby={shown !== null ? problemId : undefined}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setChecked(true);
        }}
      />
      {shown !== null && (
        <p id={problemId} className="action-dialog__problem">
          {shown}
        </p>
      )}
      <div className="action-dialog__buttons">
        <button type="submit" className="button button--primary">
          {form.submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {form.cancelLabel}
        </button>
      </div>
    </form>
  );
}
