import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

export interface ConfirmButtonProps {
  /** The first button's text and accessible name ("Remove from meeting"). */
  readonly label: string;
  /** The question shown after it is pressed. */
  readonly question: string;
  /** The button that really does it ("Remove"). */
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly danger?: boolean;
}

/**
 * A button with a confirmation step: pressing it shows the question with the confirming button (which takes focus)
 * and Cancel. Cancel or Escape go back and return focus to the first button; Escape stops there, so the panel
 * around it stays open.
 */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, danger }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setAsking(false);
  };
  const kind = danger ? 'button button--small button--danger' : 'button button--small';
  if (!asking)
    return (
      <button ref={trigger} type="button" className={kind} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <fieldset className="moderation-confirm" onKeyDown={onKeyDown}>
      <legend className="moderation-confirm__question">{question}</legend>
      <div className="moderation-confirm__actions">
        <button
          ref={confirm}
          type="button"
          className={danger ? 'button button--small button--danger' : 'button button--small button--primary'}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--small" onClick={() => setAsking(false)}>
          {cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
