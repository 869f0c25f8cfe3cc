import type { Locale } from '@plenum/client-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { useEffect, useId, useRef, useState } from 'react';
import type { MinutesEntry } from '../protocol.js';
import { hasVoteResult, rollCallLines, voteResultText } from '../voteResultText.js';
import { cancelOnEscape } from './cancelOnEscape.js';
import type { MinutesPanelMessages } from './minutesMessages.js';
import { OneLineForm } from './OneLineForm.js';
import { voteChoices } from './voteChoices.js';

/** Most characters of an entry's text in its remove button's accessible name. */
const NAME_LENGTH = 60;

/** A decision's recorded outcome, or none. */
type Outcome = MinutesEntry['outcome'];

export interface EntryListProps {
  /** The visible heading (short: "Motions"), and the region's and the add form's accessible names (with the item). */
  readonly heading: string;
  readonly regionName: string;
  readonly formName: string;
  readonly entries: readonly MinutesEntry[];
  readonly canWrite: boolean;
  /** The new entry's field label and its add button. */
  readonly fieldLabel: string;
  readonly addLabel: string;
  /** Said under the field when an empty entry is submitted. */
  readonly problem: string;
  /** Said (politely) when this writer added an entry, which is the `number`th now. */
  readonly added: (number: number) => string;
  /** Decisions only: the room's concluded votes, which a new decision can link. */
  readonly votes?: readonly ConcludedVote[];
  readonly locale: Locale;
  readonly messages: MinutesPanelMessages;
  /** The confirm question before `entry` is removed. */
  readonly removeQuestion: (entry: MinutesEntry) => string;
  readonly onAdd: (entry: MinutesEntry) => void;
  readonly onRemove: (index: number) => void;
  /** Decisions only: records whether a decision was adopted or rejected (undefined: not recorded). */
  readonly onOutcome?: (index: number, outcome: Outcome) => void;
}

/** The entry being asked about, and where it was. */
interface Asking {
  readonly index: number;
  readonly entry: MinutesEntry;
}

/** Where focus goes once the list has `length` entries: that entry's remove button, else the add field. */
interface FocusAfter {
  readonly index: number;
  readonly length: number;
}

/**
 * An agenda item's motions or decisions: each with its linked vote's result, if any (in the viewer's language from the
 * concluded vote while the room knows it, else as written); writers add (a decision may link a concluded vote: its
 * result is written into the entry in words, the fallback) and remove them after a confirm step. An added entry is
 * announced politely. After a
 * removal focus goes to the next entry's remove button, else to the add field; after a cancel (or Escape) back to the
 * entry's own. Decisions (`onOutcome`) also record whether they were adopted or rejected: chosen when added, shown next
 * to each, and changed by writers with a select per decision.
 */
export function EntryList({
  heading,
  regionName,
  formName,
  entries,
  canWrite,
  fieldLabel,
  addLabel,
  problem,
  added,
  votes,
  locale,
  messages,
  removeQuestion,
  onAdd,
  onRemove,
  onOutcome,
}: EntryListProps) {
  const selectId = useId();
  const outcomeId = useId();
  const [voteId, setVoteId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [asking, setAsking] = useState<Asking | null>(null);
  // The latest addition: each renders the status anew, so that it is said even when the words repeat.
  const [addition, setAddition] = useState<{ readonly count: number; readonly number: number } | null>(null);
  const section = useRef<HTMLElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  // Entries have no id: someone else may have changed the list while the question is open.
  const askedAt = asking === null ? -1 : findEntry(entries, asking);
  useEffect(() => {
    if (asking !== null && askedAt === -1) {
      focusAfter.current = { index: asking.index, length: entries.length };
      setAsking(null);
    }
  }, [asking, askedAt, entries.length]);
  useEffect(() => {
    if (asking !== null) question.current?.focus();
  }, [asking]);
  useEffect(() => {
    const wanted = focusAfter.current;
    const here = section.current;
    if (wanted === null || here === null || wanted.length !== entries.length) return;
    focusAfter.current = null;
    const buttons = here.querySelectorAll<HTMLElement>('[data-remove]');
    (buttons[wanted.index] ?? here.querySelector<HTMLElement>('.minutes-form input'))?.focus();
  });
  const chosenVote = linkedVote(votes, voteId);
  const add = (text: string): boolean => {
    const vote = chosenVote;
    const said = text.trim() === '' ? (vote?.title ?? '') : text.trim();
    if (said === '') return false;
    const addedAt = Date.now();
    const entry: MinutesEntry = vote
      ? { text: said, voteId: vote.voteId, result: voteResultText(vote, locale), addedAt }
      : { text: said, addedAt };
    onAdd(onOutcome && outcome !== undefined ? { ...entry, outcome } : entry);
    setAddition((last) => ({ count: (last?.count ?? 0) + 1, number: entries.length + 1 }));
    setVoteId('');
    setOutcome(undefined);
    return true;
  };
  const remove = () => {
    if (askedAt === -1) return;
    focusAfter.current = { index: askedAt, length: entries.length - 1 };
    setAsking(null);
    onRemove(askedAt);
  };
  const cancel = () => {
    focusAfter.current = { index: askedAt, length: entries.length };
    setAsking(null);
  };
  return (
    <section ref={section} className="minutes-entries" aria-label={regionName}>
      <h5>{heading}</h5>
      {entries.length === 0 ? (
        <p className="minutes-panel__note">{messages.noEntries}</p>
      ) : (
        <ul className="minutes-entries__list">
          {entries.map((entry, index) => {
            const linked = linkedVote(votes, entry.voteId);
            const result = linked ? voteResultText(linked, locale) : entry.result;
            const roll = linked ? rollCallLines(linked, locale) : null;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the position is what a removal names
              <li key={index}>
                <span className="minutes-entries__text">{entry.text}</span>
                {result !== undefined && <span className="minutes-entries__result">{result}</span>}
                {roll && (
                  <details className="minutes-entries__roll">
                    <summary>{messages.rollCall}</summary>
                    <ul>
                      {roll.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </details>
                )}
                {onOutcome && canWrite && (
                  <OutcomeSelect
                    label={messages.actionName(messages.outcome, shortText(entry.text))}
                    value={entry.outcome}
                    messages={messages}
                    onChange={(chosen) => onOutcome(index, chosen)}
                    warning={linked && !hasVoteResult(linked) ? messages.voteWithoutResult : undefined}
                  />
                )}
                {onOutcome && !canWrite && entry.outcome !== undefined && (
                  <span className="minutes-entries__outcome">{messages.outcomes[entry.outcome]}</span>
                )}
                {canWrite && index !== askedAt && (
                  <button
                    type="button"
                    className="button button--small"
                    data-remove
                    aria-label={messages.actionName(messages.remove, shortText(entry.text))}
                    onClick={() => setAsking({ index, entry })}
                  >
                    {messages.remove}
                  </button>
                )}
                {canWrite && index === askedAt && (
                  // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the buttons inside
                  <div className="minutes-entries__confirm" onKeyDown={cancelOnEscape(cancel)}>
                    <p ref={question} tabIndex={-1}>
                      {removeQuestion(entry)}
                    </p>
                    <div className="minutes-form__buttons">
                      <button type="button" className="button button--danger button--small" onClick={remove}>
                        {messages.removeConfirm}
                      </button>
                      <button type="button" className="button button--small" onClick={cancel}>
                        {messages.cancel}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {addition && <span key={addition.count}>{added(addition.number)}</span>}
      </p>
      {canWrite && (
        <OneLineForm label={fieldLabel} formLabel={formName} submitLabel={addLabel} problem={problem} onSubmit={add}>
          {votes && votes.length > 0 && (
            <>
              <label htmlFor={selectId}>{messages.linkedVote}</label>
              <select id={selectId} value={voteId} onChange={(event) => setVoteId(event.currentTarget.value)}>
                <option value="">{messages.noLinkedVote}</option>
                {voteChoices(votes, locale, Date.now(), messages).map((choice) => (
                  <option key={choice.voteId} value={choice.voteId}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </>
          )}
          {onOutcome && (
            <OutcomeSelect
              id={outcomeId}
              label={messages.outcome}
              value={outcome}
              messages={messages}
              onChange={setOutcome}
              warning={chosenVote && !hasVoteResult(chosenVote) ? messages.voteWithoutResult : undefined}
            />
          )}
        </OneLineForm>
      )}
    </section>
  );
}

interface OutcomeSelectProps {
  /** Given: the select is labelled by a visible label; else `label` is its accessible name alone (next to an entry). */
  readonly id?: string;
  readonly label: string;
  readonly value: Outcome;
  readonly messages: MinutesPanelMessages;
  readonly onChange: (outcome: Outcome) => void;
  /** Said next to the select and tied to it (its linked vote has no result), if given. */
  readonly warning?: string | undefined;
}

/** A decision's outcome: none, adopted or rejected; with a warning next to it when its linked vote has no result. */
function OutcomeSelect({ id, label, value, messages, onChange, warning }: OutcomeSelectProps) {
  const warningId = `${useId()}-warning`;
  const select = (
    <select
      id={id}
      className="minutes-entries__outcome"
      {...(id === undefined ? { 'aria-label': label } : {})}
      {...(warning === undefined ? {} : { 'aria-describedby': warningId })}
      value={value ?? ''}
      onChange={(event) => onChange(parseOutcome(event.currentTarget.value))}
    >
      <option value="">{messages.outcomes.none}</option>
      <option value="adopted">{messages.outcomes.adopted}</option>
      <option value="rejected">{messages.outcomes.rejected}</option>
    </select>
  );
  const said = warning !== undefined && (
    <span id={warningId} className="minutes-entries__warning">
      {warning}
    </span>
  );
  if (id === undefined)
    return (
      <>
        {select}
        {said}
      </>
    );
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {select}
      {said}
    </>
  );
}

/** The concluded vote `voteId` names, while the room knows it (forgotten after new minutes, or the oldest ones). */
function linkedVote(
  votes: readonly ConcludedVote[] | undefined,
  voteId: string | undefined,
): ConcludedVote | undefined {
  return voteId === undefined || voteId === '' ? undefined : votes?.find((v) => v.voteId === voteId);
}

/** A select's value as an outcome (anything else: none). */
function parseOutcome(value: string): Outcome {
  return value === 'adopted' || value === 'rejected' ? value : undefined;
}

/** Where the asked-about entry is now: at its old place if it is still there, else the first equal one, else -1. */
function findEntry(entries: readonly MinutesEntry[], { index, entry }: Asking): number {
  const same = (other: MinutesEntry | undefined) =>
    other !== undefined && other.text === entry.text && other.voteId === entry.voteId && other.result === entry.result;
  return same(entries[index]) ? index : entries.findIndex(same);
}

/** `text` cut to `NAME_LENGTH` characters (whole code points) with an ellipsis, for an accessible name. */
function shortText(text: string): string {
  const chars = Array.from(text);
  return chars.length <= NAME_LENGTH
    ? text
    : `${chars
        .slice(0, NAME_LENGTH - 1)
        .join('')
        .trimEnd()}…`;
}
