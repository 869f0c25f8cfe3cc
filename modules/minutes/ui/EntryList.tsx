import type { Locale } from '@plenum/client-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { useId, useState } from 'react';
import type { MinutesEntry } from '../protocol.js';
import { voteResultText } from '../voteResultText.js';
import { clockTime, type MinutesPanelMessages } from './minutesMessages.js';
import { OneLineForm } from './OneLineForm.js';

export interface EntryListProps {
  readonly heading: string;
  readonly entries: readonly MinutesEntry[];
  readonly canWrite: boolean;
  /** The new entry's field label and its add button. */
  readonly fieldLabel: string;
  readonly addLabel: string;
  /** Decisions only: the room's concluded votes, which a new decision can link. */
  readonly votes?: readonly ConcludedVote[];
  readonly locale: Locale;
  readonly messages: MinutesPanelMessages;
  readonly onAdd: (entry: MinutesEntry) => void;
  readonly onRemove: (index: number) => void;
}

/**
 * An agenda item's motions or decisions: each with its linked vote's result, if any; writers add (a decision may link
 * a concluded vote: its result is written into the entry in words) and remove them.
 */
export function EntryList({
  heading,
  entries,
  canWrite,
  fieldLabel,
  addLabel,
  votes,
  locale,
  messages,
  onAdd,
  onRemove,
}: EntryListProps) {
  const headingId = useId();
  const selectId = useId();
  const [voteId, setVoteId] = useState('');
  const add = (text: string): boolean => {
    const vote = votes?.find((v) => v.voteId === voteId);
    const said = text.trim() === '' ? (vote?.title ?? '') : text.trim();
    if (said === '') return false;
    onAdd(vote ? { text: said, voteId: vote.voteId, result: voteResultText(vote, locale) } : { text: said });
    setVoteId('');
    return true;
  };
  return (
    <section className="minutes-entries" aria-labelledby={headingId}>
      <h5 id={headingId}>{heading}</h5>
      {entries.length === 0 ? (
        <p className="minutes-panel__note">{messages.noEntries}</p>
      ) : (
        <ul className="minutes-entries__list">
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the position is what a removal names
            <li key={index}>
              <span className="minutes-entries__text">{entry.text}</span>
              {entry.result !== undefined && <span className="minutes-entries__result">{entry.result}</span>}
              {canWrite && (
                <button type="button" className="button button--small" onClick={() => onRemove(index)}>
                  {messages.removeEntry(entry.text)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <OneLineForm label={fieldLabel} submitLabel={addLabel} problem={messages.textMissing} onSubmit={add}>
          {votes && votes.length > 0 && (
            <>
              <label htmlFor={selectId}>{messages.linkedVote}</label>
              <select id={selectId} value={voteId} onChange={(event) => setVoteId(event.currentTarget.value)}>
                <option value="">{messages.noLinkedVote}</option>
                {[...votes].reverse().map((vote) => (
                  <option key={vote.voteId} value={vote.voteId}>
                    {messages.voteOption(vote.title, clockTime(vote.endedAt, locale))}
                  </option>
                ))}
              </select>
            </>
          )}
        </OneLineForm>
      )}
    </section>
  );
}
