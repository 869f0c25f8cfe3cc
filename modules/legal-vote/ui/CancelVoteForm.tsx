import { TextField } from '@plenum/client-kit/ui';
import { useCallback, useId, useState } from 'react';
import { cancelReasonProblem } from '../client/voteDraftProblem.js';
import { MAX_REASON_LENGTH } from '../protocol.js';
import { InlineConfirm } from './InlineConfirm.js';
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
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = `${baseId}-reason`;
  const problemId = `${baseId}-problem`;
  // The reason is what to give first, and where a problem with it sends focus.
  const focusReason = useCallback(
    (form: HTMLFormElement) => form.querySelector<HTMLElement>(`[id="${reasonId}"]`)?.focus(),
    [reasonId],
  );
  const confirm = (form: HTMLFormElement) => {
    const found = cancelReasonProblem(reason);
    if (!found) {
      onCancelVote(reason);
      return;
    }
    setProblem(
      found.error === 'missing' ? messages.cancelReasonMissing : messages.cancelReasonInvalid(found.maxLength),
    );
    focusReason(form);
  };
  return (
    <InlineConfirm
      label={messages.cancelVote}
      className="vote-cancel"
      formClassName="start-form"
      confirmLabel={messages.cancelConfirm}
      keepLabel={messages.cancelKeep}
      focusOnOpen={focusReason}
      onConfirm={confirm}
      onClosed={() => {
        setReason('');
        setProblem(null);
      }}
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
    </InlineConfirm>
  );
}
