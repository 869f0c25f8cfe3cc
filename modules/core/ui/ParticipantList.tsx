import type { ReactNode } from 'react';
import type { ParticipantInfo } from '../protocol.js';
import type { CoreUiMessages } from './coreUiMessages.js';
import { initials } from './initials.js';
import './ParticipantList.css';

export interface ParticipantListProps {
  readonly participants: readonly ParticipantInfo[];
  readonly selfId: string | null;
  readonly messages: CoreUiMessages;
  /** Feature indicators per person (mute state, …), supplied by other modules' UI. */
  readonly status?: (participant: ParticipantInfo) => ReactNode;
  readonly onClose: () => void;
  /** Id of the heading, so the surrounding landmark can be labelled by it. */
  readonly headingId: string;
}

/**
 * The participant panel: everyone in join order (self first), with presence, role and the
 * indicators other modules contribute. A plain list so screen readers announce the count.
 */
export function ParticipantList({ participants, selfId, messages, status, onClose, headingId }: ParticipantListProps) {
  const ordered = [...participants].sort((a, b) => Number(b.id === selfId) - Number(a.id === selfId));
  return (
    <div className="participant-list">
      <div className="participant-list__header">
        <h2 id={headingId}>{messages.participantsHeading(participants.length)}</h2>
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
              <span className="participant-list__name">
                {p.displayName}
                {p.id === selfId ? ` ${messages.you}` : ''}
              </span>
              <span className="participant-list__meta">
                {p.role !== 'participant' ? `${messages.roles[p.role]} · ` : ''}
                {p.kind === 'phone' ? `${messages.phone} · ` : ''}
                {p.presence === 'online' ? messages.online : messages.reconnecting}
              </span>
            </span>
            <span className="participant-list__status">{status?.(p)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
