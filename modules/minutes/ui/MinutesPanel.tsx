import type { Locale } from '@plenum/client-kit';
import { ModulePanel } from '@plenum/client-kit/ui';
import type { CommandOf } from '@plenum/protocol';
import { useEffect, useId, useRef } from 'react';
import { MinutesSession } from '../client/MinutesSession.js';
import { withSession } from '../client/minutesReducer.js';
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
  /** The slot's `update`: the first opening stores this client's new copy of the document in the state with it. */
  readonly update?: ((change: (state: MinutesState) => MinutesState) => void) | undefined;
  /** A new agenda item's id (random; tests pass their own). */
  readonly newId?: () => string;
}

/**
 * The "Minutes" panel: the agenda with each item's notes, motions and decisions, editable for writers and read-only
 * (with a line saying so) for the others; moderators export it. Everyone sees "loading" until the document first
 * synced (not an empty agenda that is only not there yet). The first opening (and the first after new minutes)
 * creates this client's copy of the document (see `MinutesState`); opening it syncs the document the first time
 * after each (re)join; from then on it follows every change.
 */
export function MinutesPanel(props: MinutesPanelProps) {
  const { state, update, messages, headingId, onClose } = props;
  const { session, generation } = state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation without a session is what asks for one
  useEffect(() => {
    if (session === null) update?.((current) => withSession(current, new MinutesSession(current.generation)));
  }, [session, generation, update]);
  if (session === null) {
    return (
      <ModulePanel
        className="minutes-panel"
        headingId={headingId}
        heading={messages.panel.heading}
        closeLabel={messages.panel.close}
        onClose={onClose}
      >
        <p className="minutes-panel__note" role="status">
          {messages.panel.loading}
        </p>
      </ModulePanel>
    );
  }
  return <MinutesDocumentPanel {...props} session={session} />;
}

/** The panel once this client holds a copy of the document. */
function MinutesDocumentPanel({
  state,
  session,
  moderator,
  messages,
  locale,
  headingId,
  send,
  onClose,
  newId = () => crypto.randomUUID(),
}: MinutesPanelProps & { readonly session: MinutesSession }) {
  const { canWrite, epoch } = state;
  const m = messages.panel;
  const agendaId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
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
      headingRef={heading}
      focusKey={state.generation}
    >
      {state.carriedOver && (
        <CarryOverNotice
          carriedOver={state.carriedOver}
          moderator={moderator}
          locale={locale}
          messages={m}
          onStartNew={() => {
            // The notice and its buttons go away with the restart: focus waits on the heading, not on the page.
            heading.current?.focus({ preventScroll: true });
            send({ action: 'startNew' });
          }}
          onContinue={() => send({ action: 'continue' })}
        />
      )}
      {moderator && state.notExportedOnClose && (
        <p className="minutes-panel__note minutes-panel__warning">
          {m.notExportedOnClose(state.notExportedOnClose.reason)}
        </p>
      )}
      {!canWrite && <p className="minutes-panel__note">{m.readOnly}</p>}
      {/* Until the server's copy came, the doc is empty or old: no "empty agenda", no forms to add to it. */}
      {!session.sync.synced ? (
        <p className="minutes-panel__note" role="status">
          {m.loading}
        </p>
      ) : (
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
      )}
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
