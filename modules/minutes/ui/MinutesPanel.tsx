import type { Locale } from '@plenum/client-kit';
import { ModulePanel } from '@plenum/client-kit/ui';
import type { CommandOf } from '@plenum/protocol';
import { useEffect, useId } from 'react';
import type { MinutesState } from '../client/minutesState.js';
import { addAgendaItem, agendaItems } from '../minutesDocument.js';
import type { MinutesProtocol } from '../protocol.js';
import { AgendaItemView } from './AgendaItemView.js';
import { CarryOverNotice } from './CarryOverNotice.js';
import { ExportSection, FileLinks } from './ExportSection.js';
import type { MinutesMessages } from './minutesMessages.js';
import { OneLineForm } from './OneLineForm.js';
import { useMinutesRevision } from './useMinutesRevision.js';

/** Longest agenda item title the form accepts. */
export const MAX_TITLE_LENGTH = 200;

export interface MinutesPanelProps {
  readonly state: MinutesState;
  readonly moderator: boolean;
  readonly messages: MinutesMessages;
  readonly locale: Locale;
  readonly headingId: string;
  readonly send: (command: CommandOf<MinutesProtocol>) => void;
  readonly onClose: () => void;
  /** A new agenda item's id (random; tests pass their own). */
  readonly newId?: () => string;
}

/**
 * The "Minutes" panel: the agenda with each item's notes, motions and decisions, editable for writers and read-only
 * (with a line saying so) for the others; moderators export it. Opening it syncs the document the first time after
 * each (re)join; from then on it follows every change.
 */
export function MinutesPanel({
  state,
  moderator,
  messages,
  locale,
  headingId,
  send,
  onClose,
  newId = () => crypto.randomUUID(),
}: MinutesPanelProps) {
  const { session, canWrite, epoch } = state;
  const m = messages.panel;
  const agendaId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new epoch (a rejoin) is what asks for a new sync
  useEffect(() => {
    session.start(send);
  }, [session, epoch, send]);
  useMinutesRevision(session);
  const items = agendaItems(session.doc);
  return (
    <ModulePanel
      className="minutes-panel"
      headingId={headingId}
      heading={m.heading}
      closeLabel={m.close}
      onClose={onClose}
    >
      {state.carriedOver && (
        <CarryOverNotice
          carriedOver={state.carriedOver}
          moderator={moderator}
          locale={locale}
          messages={m}
          onStartNew={() => send({ action: 'startNew' })}
          onContinue={() => send({ action: 'continue' })}
        />
      )}
      {!canWrite && <p className="minutes-panel__note">{m.readOnly}</p>}
      <section className="minutes-agenda" aria-labelledby={agendaId}>
        <h3 id={agendaId}>{m.agenda}</h3>
        {items.length === 0 ? (
          <p className="minutes-panel__note">{m.emptyAgenda}</p>
        ) : (
          <ol className="minutes-agenda__items">
            {items.map((item, index) => (
              <li key={item.id}>
                <AgendaItemView
                  doc={session.doc}
                  item={item}
                  number={index + 1}
                  first={index === 0}
                  last={index === items.length - 1}
                  canWrite={canWrite}
                  votes={state.votes}
                  locale={locale}
                  messages={m}
                />
              </li>
            ))}
          </ol>
        )}
        {canWrite && (
          <OneLineForm
            label={m.newItemTitle}
            formLabel={m.addItem}
            submitLabel={m.addItem}
            problem={m.titleMissing}
            maxLength={MAX_TITLE_LENGTH}
            onSubmit={(text) => {
              if (text.trim() === '') return false;
              addAgendaItem(session.doc, { id: newId(), title: text.trim(), prepared: false });
              return true;
            }}
          />
        )}
      </section>
      {moderator ? (
        <ExportSection
          files={state.files}
          messages={m}
          onExport={(visibility) => send({ action: 'export', visibility })}
        />
      ) : (
        <FileLinks files={state.files} messages={m} />
      )}
    </ModulePanel>
  );
}
