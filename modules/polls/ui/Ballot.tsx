import { type FormEvent, useId, useState } from 'react';
import type { PollInfo } from '../protocol.js';
import type { PollPanelMessages } from './pollsMessages.js';

export interface BallotProps {
  readonly poll: PollInfo;
  /** The ballot the server counted for this participant; null before voting. */
  readonly myChoices: readonly number[] | null;
  readonly messages: PollPanelMessages;
  readonly onVote: (choices: readonly number[]) => void;
}

/**
 * The ballot: a group of radio buttons (single choice) or checkboxes (several) whose legend is the question, and a
 * Vote button. After voting it shows the counted vote; when the poll does not allow changes, the group is disabled.
 * Render it with `key={poll.id}` so a new poll starts with an empty ballot.
 */
export function Ballot({ poll, myChoices, messages, onVote }: BallotProps) {
  const [selected, setSelected] = useState<readonly number[]>(myChoices ?? []);
  const baseId = useId();
  const voted = myChoices !== null;
  const locked = voted && !poll.changeable;
  const toggle = (index: number, on: boolean) => {
    if (!poll.multiple) setSelected([index]);
    else setSelected(on ? [...selected.filter((i) => i !== index), index] : selected.filter((i) => i !== index));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length > 0 && !locked) onVote(selected);
  };
  const hintId = `${baseId}-hint`;
  const voteId = `${baseId}-vote`;
  return (
    <form className="ballot" onSubmit={submit}>
      <fieldset className="ballot__group" disabled={locked} aria-describedby={hintId}>
        <legend className="ballot__topic">{poll.topic}</legend>
        <p id={hintId} className="ballot__hint">
          {poll.multiple ? messages.chooseSeveral : messages.chooseOne}
        </p>
        {poll.choices.map((choice, index) => {
          const id = `${baseId}-${index}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers are fixed for the poll and addressed by index
            <div key={index} className="ballot__option">
              <input
                id={id}
                type={poll.multiple ? 'checkbox' : 'radio'}
                name={`${baseId}-choice`}
                checked={selected.includes(index)}
                onChange={(event) => toggle(index, event.currentTarget.checked)}
              />
              <label htmlFor={id}>{choice}</label>
            </div>
          );
        })}
      </fieldset>
      {voted && (
        <p id={voteId} className="ballot__mine">
          {messages.yourVote(myChoices.map((i) => poll.choices[i] ?? '').join(', '))}
          {locked ? ` ${messages.voteIsFinal}` : ''}
        </p>
      )}
      {!locked && (
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={selected.length === 0}
          {...(voted ? { 'aria-describedby': voteId } : {})}
        >
          {voted ? messages.changeVote : messages.vote}
        </button>
      )}
    </form>
  );
}
