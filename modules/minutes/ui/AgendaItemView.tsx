import type { Locale } from '@plenum/client-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  addEntry,
  decisionsOf,
  entriesOf,
  motionsOf,
  moveAgendaItem,
  notesOf,
  removeAgendaItem,
  removeEntry,
  renameAgendaItem,
  setEntryOutcome,
} from '../minutesDocument.js';
import type { AgendaItem, MinutesEntry } from '../protocol.js';
import { cancelOnEscape } from './cancelOnEscape.js';
import { EntryList } from './EntryList.js';
import type { MinutesPanelMessages } from './minutesMessages.js';
import { NotesField } from './NotesField.js';
import { OneLineForm } from './OneLineForm.js';

export interface AgendaItemViewProps {
  readonly doc: Y.Doc;
  readonly item: AgendaItem;
  /** Its place in the agenda, from 1. */
  readonly number: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly canWrite: boolean;
  readonly votes: readonly ConcludedVote[];
  readonly locale: Locale;
  readonly messages: MinutesPanelMessages;
}

/** Where focus goes when the view returns from renaming or asking: the tool that was used. */
type Tool = 'rename' | 'remove';

/**
 * One agenda item, as a region named by its number and title: its notes, motions and decisions. Writers rename it,
 * move it up or down, and remove it after a confirm step; readers see the same content read-only. The tools show
 * short labels; their accessible names add the title. Focus stays with the tool used (after a rename, a cancel or
 * Escape, a move); after a removal it goes to the next item's first tool, else the previous item's, else the add field.
 * The parts inside (notes, motions, decisions and their forms) have short visible names; their accessible names add
 * the item, so that the landmarks of a long agenda differ.
 */
export function AgendaItemView({
  doc,
  item,
  number,
  first,
  last,
  canWrite,
  votes,
  locale,
  messages: m,
}: AgendaItemViewProps) {
  const headingId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const title = item.title === '' ? m.untitled : item.title;
  const section = useRef<HTMLElement>(null);
  const opener = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const returnTo = useRef<Tool | null>(null);
  const back = (to: Tool) => {
    returnTo.current = to;
    setMode('view');
  };
  useEffect(() => {
    if (mode === 'remove') question.current?.focus();
    if (mode !== 'view' || returnTo.current === null) return;
    opener.current?.querySelector<HTMLElement>(`[data-tool="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  }, [mode]);
  const remove = () => {
    const next = focusAfterRemoval(section.current);
    removeAgendaItem(doc, item.id);
    next?.focus();
  };
  const named = (action: string) => m.actionName(action, title);
  const ofItem = (part: string) => m.ofItem(part, number, title);
  // Moving re-inserts the item: focus goes back to the button used, or the other one when it is now first or last.
  const moved = useRef<'up' | 'down' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new number is what a move changes
  useEffect(() => {
    const tools = opener.current;
    if (moved.current === null || !tools) return;
    const wanted = tools.querySelector<HTMLElement>(`[data-move="${moved.current}"]`);
    (wanted ?? tools.querySelector<HTMLElement>('[data-move]'))?.focus();
    moved.current = null;
  }, [number]);
  const move = (by: -1 | 1) => {
    moved.current = by === -1 ? 'up' : 'down';
    moveAgendaItem(doc, item.id, by);
  };
  const motions = motionsOf(doc, item.id);
  const decisions = decisionsOf(doc, item.id);
  const decisionQuestion = (entry: MinutesEntry) => {
    if (entry.voteId === undefined) return m.removeDecisionQuestion(entry.text);
    const vote = votes.find((v) => v.voteId === entry.voteId);
    return m.removeLinkedDecisionQuestion(entry.text, vote?.title ?? null);
  };
  return (
    <section ref={section} className="minutes-item" aria-labelledby={headingId}>
      <h4 id={headingId} className="minutes-item__heading">
        {m.itemHeading(number, title)}
      </h4>
      {canWrite && mode === 'view' && (
        <div ref={opener} className="minutes-item__tools">
          <ItemTool label={m.rename} name={named(m.rename)} tool="rename" onClick={() => setMode('rename')} />
          {!first && <ItemTool label={m.moveUp} name={named(m.moveUp)} move="up" onClick={() => move(-1)} />}
          {!last && <ItemTool label={m.moveDown} name={named(m.moveDown)} move="down" onClick={() => move(1)} />}
          <ItemTool label={m.remove} name={named(m.remove)} tool="remove" onClick={() => setMode('remove')} />
        </div>
      )}
      {canWrite && mode === 'rename' && (
        <OneLineForm
          label={m.renameField}
          formLabel={named(m.rename)}
          submitLabel={m.save}
          problem={m.titleMissing}
          initial={item.title}
          autoFocus
          onSubmit={(text) => {
            if (text.trim() === '') return false;
            renameAgendaItem(doc, item.id, text.trim());
            back('rename');
            return true;
          }}
          cancel={{ label: m.cancel, onCancel: () => back('rename') }}
        />
      )}
      {canWrite && mode === 'remove' && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the buttons inside
        <div className="minutes-item__confirm" onKeyDown={cancelOnEscape(() => back('remove'))}>
          <p ref={question} tabIndex={-1}>
            {m.removeQuestion(title)}
          </p>
          <div className="minutes-form__buttons">
            <button type="button" className="button button--danger button--small" onClick={remove}>
              {m.removeConfirm}
            </button>
            <button type="button" className="button button--small" onClick={() => back('remove')}>
              {m.cancel}
            </button>
          </div>
        </div>
      )}
      <NotesField text={notesOf(doc, item.id)} name={ofItem(m.notes)} readOnly={!canWrite} messages={m} />
      <EntryList
        heading={m.motions}
        regionName={ofItem(m.motions)}
        formName={ofItem(m.newMotion)}
        entries={entriesOf(motions)}
        canWrite={canWrite}
        fieldLabel={m.newMotion}
        addLabel={m.addMotion}
        problem={m.motionTextMissing}
        added={m.motionAdded}
        locale={locale}
        messages={m}
        removeQuestion={(entry) => m.removeMotionQuestion(entry.text)}
        onAdd={(entry) => addEntry(motions, entry)}
        onRemove={(index) => removeEntry(motions, index)}
      />
      <EntryList
        heading={m.decisions}
        regionName={ofItem(m.decisions)}
        formName={ofItem(m.newDecision)}
        entries={entriesOf(decisions)}
        canWrite={canWrite}
        fieldLabel={m.newDecision}
        addLabel={m.addDecision}
        problem={m.textMissing}
        added={m.decisionAdded}
        votes={votes}
        locale={locale}
        messages={m}
        removeQuestion={decisionQuestion}
        onAdd={(entry) => addEntry(decisions, entry)}
        onRemove={(index) => removeEntry(decisions, index)}
        onOutcome={(index, outcome) => setEntryOutcome(decisions, index, outcome)}
      />
    </section>
  );
}

/**
 * One of the item's tools: a short visible `label`, an accessible `name` that adds the item's title, and the mark
 * focus returns by (`tool` for rename and remove, `move` for the move buttons).
 */
function ItemTool({
  label,
  name,
  tool,
  move,
  onClick,
}: {
  readonly label: string;
  readonly name: string;
  readonly tool?: Tool;
  readonly move?: 'up' | 'down';
  readonly onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="button button--small"
      data-tool={tool}
      data-move={move}
      aria-label={name}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

/**
 * What takes focus once the item in `section` is gone: the first control of the next item in the agenda list, else of
 * the previous one, else the agenda's add field (the list item itself goes away with the removal).
 */
function focusAfterRemoval(section: HTMLElement | null): HTMLElement | null {
  const entry = section?.closest('li');
  const control = (element: Element | null | undefined) =>
    element?.querySelector<HTMLElement>('button, input, textarea, select') ?? null;
  return (
    control(entry?.nextElementSibling) ??
    control(entry?.previousElementSibling) ??
    control(section?.closest('.minutes-agenda')?.querySelector(':scope > .minutes-form'))
  );
}
