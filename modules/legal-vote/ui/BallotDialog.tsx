import { FieldGroup } from '@plenum/client-kit/ui';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Choice, VoteInfo } from '../protocol.js';
import type { BallotDialogMessages } from './legalVoteMessages.js';

export interface BallotDialogProps {
  readonly vote: Pick<VoteInfo, 'title' | 'options'>;
  readonly choiceNames: Readonly<Record<Choice, string>>;
  readonly messages: BallotDialogMessages;
  /** Called once, after the confirm step; the dialog is closed by then. */
  readonly onCast: (choice: Choice) => void;
  /** Closes the dialog without voting (Cancel, the close button, Escape). */
  readonly onCancel: () => void;
}

/**
 * The ballot, in a modal dialog (native `<dialog>` with `showModal`: the page behind is inert) that cannot be
 * mis-clicked: first Yes, No (and Abstain when offered) as a radio group, nothing chosen, and "Continue"; then a
 * confirm step that says "You vote: Yes. This cannot be changed." with Back (to change the choice) and "Cast vote".
 * Focus starts on the group's first radio, then moves to the confirm sentence (so it is read out), and back to the
 * chosen radio on Back. Escape cancels and never casts; Enter in the first step only continues. Render it only
 * while open; unmounting closes it.
 */
export function BallotDialog({ vote, choiceNames, messages, onCast, onCancel }: BallotDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const confirmId = `${baseId}-confirm`;
  const hintId = `${baseId}-hint`;
  const [choice, setChoice] = useState<Choice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [hinted, setHinted] = useState(false);
  const choices: readonly Choice[] = vote.options.abstain ? ['yes', 'no', 'abstain'] : ['yes', 'no'];

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  // Each step puts focus where it starts: the chosen (or first) radio, or the confirm sentence.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const target = confirming
      ? dialog.querySelector<HTMLElement>(`[id="${confirmId}"]`)
      : (dialog.querySelector<HTMLElement>('input[type="radio"]:checked') ??
        dialog.querySelector<HTMLElement>('input[type="radio"]'));
    target?.focus();
  }, [confirming, confirmId]);

  /** Leaves the modal state first: while it is open the page behind cannot take focus. */
  const leave = (then: () => void) => {
    const dialog = ref.current;
    if (dialog?.open) dialog.close();
    then();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    leave(onCancel);
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) {
      setHinted(true);
      return;
    }
    setConfirming(true);
  };
  return (
    <dialog
      ref={ref}
      className="modal ballot-dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        leave(onCancel);
      }}
    >
      <div className="modal__header ballot-dialog__header">
        <h2 id={titleId} className="modal__title ballot-dialog__title">
          {messages.title(vote.title)}
        </h2>
        <button type="button" className="icon-button" aria-label={messages.close} onClick={() => leave(onCancel)}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="modal__body ballot-dialog__body">
        {confirming && choice !== null ? (
          <BallotConfirm
            confirmId={confirmId}
            text={messages.confirm(choiceNames[choice])}
            messages={messages}
            onBack={() => setConfirming(false)}
            onCast={() => leave(() => onCast(choice))}
          />
        ) : (
          <form className="ballot-dialog__form" noValidate onSubmit={next}>
            <FieldGroup legend={messages.chooseLegend} describedBy={hinted ? hintId : undefined}>
              {choices.map((c) => (
                <div key={c} className="start-form__option">
                  <input
                    id={`${baseId}-${c}`}
                    type="radio"
                    name={`${baseId}-choice`}
                    value={c}
                    checked={choice === c}
                    onChange={() => {
                      setChoice(c);
                      setHinted(false);
                    }}
                  />
                  <label htmlFor={`${baseId}-${c}`}>{choiceNames[c]}</label>
                </div>
              ))}
            </FieldGroup>
            {hinted && (
              <p id={hintId} className="ballot-dialog__problem" role="alert">
                {messages.chooseFirst}
              </p>
            )}
            <div className="ballot-dialog__buttons">
              <button type="submit" className="button button--primary">
                {messages.next}
              </button>
              <button type="button" className="button" onClick={() => leave(onCancel)}>
                {messages.cancel}
              </button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}

export interface BallotConfirmProps {
  readonly confirmId: string;
  /** "You vote: Yes. This cannot be changed." */
  readonly text: string;
  readonly messages: Pick<BallotDialogMessages, 'back' | 'cast'>;
  readonly onBack: () => void;
  readonly onCast: () => void;
}

/**
 * The ballot's confirm step: the sentence that says what is cast and that it is final (it takes focus, so it is read
 * out, and describes "Cast vote"), then Back before "Cast vote", so that the first button reached is the harmless one.
 */
export function BallotConfirm({ confirmId, text, messages, onBack, onCast }: BallotConfirmProps) {
  return (
    <div className="ballot-dialog__confirm">
      <p id={confirmId} tabIndex={-1} className="ballot-dialog__question">
        {text}
      </p>
      <div className="ballot-dialog__buttons">
        <button type="button" className="button" onClick={onBack}>
          {messages.back}
        </button>
        <button type="button" className="button button--primary" aria-describedby={confirmId} onClick={onCast}>
          {messages.cast}
        </button>
      </div>
    </div>
  );
}
