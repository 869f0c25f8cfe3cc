import { useEffect, useId, useRef, useState } from 'react';
import { escapeCloses } from './escapeCloses.js';
import type { VotePanelMessages } from './legalVoteMessages.js';

export interface StopVoteFormProps {
  /** How many eligible have not voted yet, and how many are eligible. */
  readonly missing: number;
  readonly eligible: number;
  readonly messages: Pick<VotePanelMessages, 'stop' | 'stopUnvoted' | 'stopQuestion' | 'stopConfirm' | 'cancelKeep'>;
  readonly onStop: () => void;
}

/**
 * "Stop vote" with a confirm step, as stopping ends the vote for those who have not voted: it opens a small form that
 * says how many eligible have not voted yet and asks whether to stop now, which takes focus (so it is read out) and
 * describes "Stop the vote now"; "Keep the vote running" or Escape closes it, changes nothing and puts focus back on
 * "Stop vote".
 */
export function StopVoteForm({ missing, eligible, messages, onStop }: StopVoteFormProps) {
  const baseId = useId();
  const groupId = `${baseId}-group`;
  const questionId = `${baseId}-question`;
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open) question.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the buttons inside
    <div className="vote-stop" onKeyDown={escapeCloses(open, close)}>
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? groupId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {messages.stop}
      </button>
      {open && (
        <form
          id={groupId}
          className="vote-stop__confirm"
          aria-label={messages.stop}
          onSubmit={(event) => {
            event.preventDefault();
            onStop();
          }}
        >
          <p id={questionId} ref={question} tabIndex={-1} className="vote-stop__question">
            {`${messages.stopUnvoted(missing, eligible)} ${messages.stopQuestion}`}
          </p>
          <div className="vote-panel__buttons">
            <button type="submit" className="button button--danger button--small" aria-describedby={questionId}>
              {messages.stopConfirm}
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
