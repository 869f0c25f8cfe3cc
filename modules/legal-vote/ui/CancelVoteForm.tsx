import { TextField } from '@plenum/client-kit/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { cancelReasonProblem } from '../client/voteDraftProblem.js';
import { MAX_REASON_LENGTH } from '../protocol.js';
import { escapeCloses } from './escapeCloses.js';
import type { VotePanelMessages } from './legalVoteMessages.js';

export interface CancelVoteFormProps {
  readonly messages: Pick<
    VotePanelMessages,
    'cancelVote' | 'cancelReason' | 'cancelConfirm' | 'cancelKeep' | 'cancelReasonInvalid' | 'cancelReasonMissing'
  >;
  readonly onCancelVote: (reason: string) => void;
}

/**
 * Moderators cancel a running vote with a reason (it goes into the record): "Cancel vote" opens a small form with the
 * reason and "Cancel the vote" / "Keep the vote running"; opening it puts focus in the reason. A missing or too long
 * reason is said under the field, which takes focus; nothing is sent. Escape closes it like "Keep the vote running".
 */
export function CancelVoteForm({ messages, onCancelVote }: CancelVoteFormProps) {
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const formId = `${baseId}-form`;
  const reasonId = `${baseId}-reason`;
  const problemId = `${baseId}-problem`;
  const focusReason = () => form.current?.querySelector<HTMLElement>(`[id="${reasonId}"]`)?.focus();
  // The form just opened: the reason is what to give first.
  useEffect(() => {
    if (open) form.current?.querySelector<HTMLElement>(`[id="${reasonId}"]`)?.focus();
  }, [open, reasonId]);
  const close = () => {
    setOpen(false);
    setReason('');
    setProblem(null);
    opener.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = cancelReasonProblem(reason);
    if (found) {
      setProblem(
        found.error === 'missing' ? messages.cancelReasonMissing : messages.cancelReasonInvalid(found.maxLength),
      );
      focusReason();
      return;
    }
    onCancelVote(reason);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the form's controls
    <div className="vote-cancel" onKeyDown={escapeCloses(open, close)}>
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {messages.cancelVote}
      </button>
      {open && (
        <form
          ref={form}
          id={formId}
          className="start-form"
          aria-label={messages.cancelVote}
          noValidate
          onSubmit={submit}
        >
          <TextField
            id={reasonId}
            label={messages.cancelReason}
            value={reason}
            onChange={setReason}
            maxLength={MAX_REASON_LENGTH}
            {...(problem ? { 'aria-invalid': true, 'aria-describedby': problemId } : {})}
          />
          {problem && (
            <p id={problemId} className="start-form__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="vote-panel__buttons">
            <button type="submit" className="button button--danger button--small">
              {messages.cancelConfirm}
            </button>
            <button type="button" className="button button--small" onClick={close}>
              {messages.cancelKeep}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
