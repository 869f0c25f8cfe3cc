import { useId } from 'react';
import { InlineConfirm } from './InlineConfirm.js';
import type { VotePanelMessages } from './legalVoteMessages.js';

export interface StopVoteFormProps {
  /** How many eligible have not voted yet, and how many are eligible. */
  readonly missing: number;
  readonly eligible: number;
  readonly messages: Pick<VotePanelMessages, 'stop' | 'stopUnvoted' | 'stopQuestion' | 'stopConfirm' | 'cancelKeep'>;
  readonly onStop: () => void;
}

/** The question takes focus when the step opens, so it is read out. */
const focusQuestion = (form: HTMLFormElement) => form.querySelector<HTMLElement>('.vote-stop__question')?.focus();

/**
 * "Stop vote" with a confirm step, as stopping ends the vote for those who have not voted: it says how many eligible
 * have not voted yet and asks whether to stop now (the question describes "Stop the vote now").
 */
export function StopVoteForm({ missing, eligible, messages, onStop }: StopVoteFormProps) {
  const questionId = `${useId()}-question`;
  return (
    <InlineConfirm
      label={messages.stop}
      className="vote-stop"
      formClassName="vote-stop__confirm"
      confirmLabel={messages.stopConfirm}
      keepLabel={messages.cancelKeep}
      confirmDescribedBy={questionId}
      focusOnOpen={focusQuestion}
      onConfirm={onStop}
    >
      <p id={questionId} tabIndex={-1} className="vote-stop__question">
        {`${messages.stopUnvoted(missing, eligible)} ${messages.stopQuestion}`}
      </p>
    </InlineConfirm>
  );
}
