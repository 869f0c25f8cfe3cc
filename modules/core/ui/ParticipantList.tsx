import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import type { ParticipantInfo } from '../protocol.js';
import type { CoreUiMessages } from './coreUiMessages.js';
import { initials } from './initials.js';
import { type ParticipantAction, ParticipantActions } from './ParticipantActions.js';
import './ParticipantList.css';

export interface ParticipantListProps {
  readonly participants: readonly ParticipantInfo[];
  readonly selfId: string | null;
  readonly messages: CoreUiMessages;
  /** Feature indicators per person (mute state, …), supplied by other modules' UI. */
  readonly status?: (participant: ParticipantInfo) => ReactNode;
  /** The same state in words ("Microphone on · Camera off"), shown under the name. */
  readonly summary?: (participant: ParticipantInfo) => string;
  readonly onClose: () => void;
  /** Id of the heading, so the surrounding landmark can be labelled by it. */
  readonly headingId: string;
  /**
   * What the viewer may do to each person (moderators: role changes, send back); a person with
   * no actions gets no actions button. `label` names the button ("Actions for Alice").
   */
  readonly actions?:
    | {
        readonly of: (participant: ParticipantInfo) => readonly ParticipantAction[];
        readonly label: (displayName: string) => string;
      }
    | undefined;
}

/**
 * The participant panel: everyone in join order (self first), with role, the state other
 * modules contribute (microphone, camera), presence when someone is reconnecting, and the
 * viewer's actions per person (see `ParticipantActions`). A plain
 * list so screen readers announce the count. The heading takes focus when the panel opens, and
 * Escape anywhere in it calls `onClose` (which returns focus to the button that opened it).
 */
export function ParticipantList({
  participants,
  selfId,
  messages,
  status,
  summary,
  onClose,
  headingId,
  actions,
}: ParticipantListProps) {
  const baseId = useId();
  const ordered = [...participants].sort((a, b) => Number(b.id === selfId) - Number(a.id === selfId));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  /** The person the viewer last acted on; if they leave the list (sent back), focus goes to the heading. */
  const actedOn = useRef<string | null>(null);
  useEffect(() => {
    const id = actedOn.current;
    if (id === null || participants.some((p) => p.id === id)) return;
    actedOn.current = null;
    if (document.activeElement === document.body || !document.activeElement?.isConnected)
      heading.current?.focus({ preventScroll: true });
  }, [participants]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the panel's controls
    <div className="participant-list" onKeyDown={onKeyDown}>
      <div className="participant-list__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {messages.participantsHeading(participants.length)}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={messages.closeParticipantList}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <ul className="participant-list__items">
        {ordered.map((p) => (
          <li key={p.id} className="participant-list__item" data-member-id={p.id} data-presence={p.presence}>
            <span className="participant-list__avatar" aria-hidden="true">
              {initials(p.displayName)}
            </span>
            <span className="participant-list__text">
              <span className="participant-list__name" id={`${baseId}-${p.id}`}>
                {p.displayName}
                {p.id === selfId ? ` ${messages.you}` : ''}
              </span>
              <span className="participant-list__meta">
                {[
                  p.role !== 'participant' ? messages.roles[p.role] : null,
                  p.kind === 'phone' ? messages.phone : null,
                  p.presence === 'reconnecting' ? messages.reconnecting : null,
                  summary?.(p) ?? null,
                ]
                  .filter((part): part is string => part !== null && part !== '')
                  .join(' · ')}
              </span>
            </span>
            <span className="participant-list__status">{status?.(p)}</span>
            {actions && (
              <ParticipantActions
                actions={actions.of(p).map((action) => ({
                  ...action,
                  onSelect: () => {
                    actedOn.current = p.id;
                    action.onSelect();
                  },
                }))}
                label={actions.label(p.displayName)}
                nameId={`${baseId}-${p.id}`}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
