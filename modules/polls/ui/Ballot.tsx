import { FieldGroup, useFocusAfterAnswer } from '@plenum/client-kit/ui';
import { type FormEvent, useId, useState } from 'react';
import type { PollInfo } from '../protocol.js';
import { ballotStatus } from './ballotStatus.js';
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
 * Vote button. Where votes are final, that is said before voting too (and describes the Vote button). After voting it
 * says what was counted ("Your vote: Yes"), and that line takes focus when the button that sent the vote went away
 * with the answer, so focus never falls to the page. Where votes are final, the group then shows the cast vote,
 * disabled, and says it is final. Where they may change, the counted answers are marked "your vote" in the group, and
 * choosing others offers "Change my vote to No" (until then a hint says how to change it).
 * Render it with `key={poll.id}` so a new poll starts with an empty ballot.
 */
export function Ballot({ poll, myChoices, messages, onVote }: BallotProps) {
  const [selected, setSelected] = useState<readonly number[]>(myChoices ?? []);
  const baseId = useId();
  const { target: mine, acted } = useFocusAfterAnswer<HTMLParagraphElement>(myChoices);
  const status = ballotStatus(poll, myChoices, selected);
  const locked = status.kind === 'final';
  const toggle = (index: number, on: boolean) => {
    if (!poll.multiple) setSelected([index]);
    else setSelected(on ? [...selected.filter((i) => i !== index), index] : selected.filter((i) => i !== index));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === 'notVoted' ? !status.canVote : status.kind !== 'changeable' || !status.changeTo) return;
    acted();
    onVote(selected);
  };
  const hintId = `${baseId}-hint`;
  const voteId = `${baseId}-vote`;
  const finalId = `${baseId}-final`;
  const counted = (index: number) => status.kind === 'changeable' && myChoices?.includes(index) === true;
  return (
    <form className="ballot" onSubmit={submit}>
      <FieldGroup
        legend={poll.topic}
        legendClassName="ballot__topic"
        className="ballot__group"
        disabled={locked}
        describedBy={hintId}
      >
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
                checked={locked ? myChoices?.includes(index) === true : selected.includes(index)}
                onChange={(event) => toggle(index, event.currentTarget.checked)}
              />
              <label htmlFor={id}>
                {choice}
                {counted(index) && <span className="ballot__counted"> ({messages.countedMark})</span>}
              </label>
            </div>
          );
        })}
      </FieldGroup>
      {status.kind !== 'notVoted' && (
        <p id={voteId} ref={mine} tabIndex={-1} className="ballot__mine">
          {messages.yourVote(status.cast.join(', '))}
        </p>
      )}
      {status.kind === 'final' && <p className="ballot__note">{messages.voteIsFinal}</p>}
      {status.kind === 'notVoted' && !poll.changeable && (
        <p id={finalId} className="ballot__note">
          {messages.finalBeforeVoting}
        </p>
      )}
      {status.kind === 'notVoted' && (
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={!status.canVote}
          aria-describedby={poll.changeable ? undefined : finalId}
        >
          {messages.vote}
        </button>
      )}
      {status.kind === 'changeable' &&
        (status.changeTo ? (
          <button type="submit" className="button button--primary button--small" aria-describedby={voteId}>
            {messages.changeVoteTo(status.changeTo.join(', '))}
          </button>
        ) : (
          <p className="ballot__note">{messages.howToChange}</p>
        ))}
    </form>
  );
}
