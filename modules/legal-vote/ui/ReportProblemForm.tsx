import { ChoiceGroup } from '@plenum/client-kit/ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import { MAX_PROBLEM_TEXT_LENGTH, type ProblemKind } from '../protocol.js';
import { textLength } from '../server/cleanText.js';
import type { ProblemMessages } from './legalVoteMessages.js';

export interface ReportProblemFormProps {
  readonly messages: ProblemMessages;
  readonly onReport: (kind: ProblemKind, text: string) => void;
}

/**
 * "Report a technical problem" for voters during the vote: a disclosure button that opens a small form (audio, video
 * or something else, optional details, "Send report"); sending or Cancel closes it and focus returns to the button.
 */
export function ReportProblemForm({ messages, onReport }: ReportProblemFormProps) {
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ProblemKind>('audio');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const formId = `${baseId}-form`;
  const textId = `${baseId}-text`;
  const problemId = `${baseId}-problem`;
  const close = () => {
    setOpen(false);
    setText('');
    setInvalid(false);
    // The form goes away with the click; focus goes back to what opened it.
    opener.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (textLength(text.trim()) > MAX_PROBLEM_TEXT_LENGTH) {
      setInvalid(true);
      return;
    }
    onReport(kind, text);
    close();
  };
  return (
    <div className="vote-problem">
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {messages.open}
      </button>
      {open && (
        <form
          id={formId}
          className="start-form vote-problem__form"
          aria-label={messages.open}
          noValidate
          onSubmit={submit}
        >
          <ChoiceGroup
            legend={messages.legend}
            name={`${baseId}-kind`}
            options={messages.kinds}
            value={kind}
            onChange={setKind}
          />
          <label htmlFor={textId}>{messages.text}</label>
          <textarea
            id={textId}
            rows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            {...(invalid ? { 'aria-invalid': true, 'aria-describedby': problemId } : {})}
          />
          {invalid && (
            <p id={problemId} className="start-form__problem" role="alert">
              {messages.textInvalid(MAX_PROBLEM_TEXT_LENGTH)}
            </p>
          )}
          <div className="vote-panel__buttons">
            <button type="submit" className="button button--primary button--small">
              {messages.send}
            </button>
            <button type="button" className="button button--small" onClick={close}>
              {messages.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
