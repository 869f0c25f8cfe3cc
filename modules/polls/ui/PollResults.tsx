import { useId } from 'react';
import type { PollPanelMessages } from './pollsMessages.js';

export interface PollResultsProps {
  readonly heading: string;
  readonly choices: readonly string[];
  readonly counts: readonly number[];
  readonly voters: number;
  /** How many voted, in words ("2 of 3 have voted"). */
  readonly votersText: string;
  /** This client's own vote in words ("Your vote: Yes"), or null when it did not vote (or cannot know). */
  readonly mine?: string | null;
  readonly messages: PollPanelMessages;
}

/**
 * Counts per answer as a list of labelled meters with the numbers written out (a meter alone is not read the same
 * everywhere), how many voted, and this client's own vote. Percent is of the voters, so with several answers allowed
 * the shares may add up to more than 100.
 */
export function PollResults({ heading, choices, counts, voters, votersText, mine = null, messages }: PollResultsProps) {
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  return (
    <section className="poll-results" aria-labelledby={headingId}>
      <h3 id={headingId} className="poll-results__heading">
        {heading}
      </h3>
      <ul className="poll-results__items">
        {choices.map((choice, index) => {
          const count = counts[index] ?? 0;
          const percent = voters === 0 ? 0 : Math.round((count / voters) * 100);
          const labelId = `${baseId}-${index}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers are fixed for the poll and addressed by index
            <li key={index} className="poll-results__item">
              <span id={labelId} className="poll-results__choice">
                {choice}
              </span>
              <meter
                className="poll-results__bar"
                min={0}
                max={Math.max(voters, 1)}
                value={count}
                aria-labelledby={labelId}
              />
              <span className="poll-results__count">{messages.votes(count, percent)}</span>
            </li>
          );
        })}
      </ul>
      <p className="poll-results__voters">{votersText}</p>
      {mine !== null && <p className="poll-results__mine">{mine}</p>}
    </section>
  );
}
