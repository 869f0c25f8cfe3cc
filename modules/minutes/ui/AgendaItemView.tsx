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
} from '../minutesDocument.js';
import type { AgendaItem } from '../protocol.js';
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

/**
 * One agenda item, as a region named by its number and title: its notes, motions and decisions. Writers rename it,
 * move it up or down, and remove it after a confirm step; readers see the same content read-only.
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
  const opener = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const back = () => {
    setMode('view');
    queueMicrotask(() => opener.current?.querySelector('button')?.focus());
  };
  useEffect(() => {
    if (mode === 'remove') question.current?.focus();
  }, [mode]);
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
  return (
    <section className="minutes-item" aria-labelledby={headingId}>
      <h4 id={headingId} className="minutes-item__heading">
        {m.itemHeading(number, title)}
      </h4>
      {canWrite && mode === 'view' && (
        <div ref={opener} className="minutes-item__tools">
          <button type="button" className="button button--small" onClick={() => setMode('rename')}>
            {m.rename(title)}
          </button>
          {!first && (
            <button type="button" className="button button--small" data-move="up" onClick={() => move(-1)}>
              {m.moveUp(title)}
            </button>
          )}
          {!last && (
            <button type="button" className="button button--small" data-move="down" onClick={() => move(1)}>
              {m.moveDown(title)}
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setMode('remove')}>
            {m.remove(title)}
          </button>
        </div>
      )}
      {canWrite && mode === 'rename' && (
        <OneLineForm
          label={m.renameField}
          formLabel={m.rename(title)}
          submitLabel={m.save}
          problem={m.titleMissing}
          initial={item.title}
          autoFocus
          onSubmit={(text) => {
            if (text.trim() === '') return false;
            renameAgendaItem(doc, item.id, text.trim());
            back();
            return true;
          }}
          cancel={{ label: m.cancel, onCancel: back }}
        />
      )}
      {canWrite && mode === 'remove' && (
        <div className="minutes-item__confirm">
          <p ref={question} tabIndex={-1}>
            {m.removeQuestion(title)}
          </p>
          <div className="minutes-form__buttons">
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => removeAgendaItem(doc, item.id)}
            >
              {m.removeConfirm}
            </button>
            <button type="button" className="button button--small" onClick={back}>
              {m.cancel}
            </button>
          </div>
        </div>
      )}
      <NotesField text={notesOf(doc, item.id)} readOnly={!canWrite} messages={m} />
      <EntryList
        heading={m.motions}
        entries={entriesOf(motions)}
        canWrite={canWrite}
        fieldLabel={m.newMotion}
        addLabel={m.addMotion}
        locale={locale}
        messages={m}
        onAdd={(entry) => addEntry(motions, entry)}
        onRemove={(index) => removeEntry(motions, index)}
      />
      <EntryList
        heading={m.decisions}
        entries={entriesOf(decisions)}
        canWrite={canWrite}
        fieldLabel={m.newDecision}
        addLabel={m.addDecision}
        votes={votes}
        locale={locale}
        messages={m}
        onAdd={(entry) => addEntry(decisions, entry)}
        onRemove={(index) => removeEntry(decisions, index)}
      />
    </section>
  );
}
