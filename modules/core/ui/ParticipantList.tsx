import { type ComponentType, type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import type { ParticipantInfo } from '../protocol.js';
import type { CoreUiMessages } from './coreUiMessages.js';
import { initials } from './initials.js';
import { type ParticipantAction, ParticipantActions } from './ParticipantActions.js';
import { byRoom } from './participantGroups.js';
import './ParticipantList.css';

/** What the participant list gives the side panel's frame it is drawn in. */
export interface PanelFrameProps {
  readonly headingId: string;
  readonly heading: ReactNode;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly className: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly children: ReactNode;
}

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
   * The side panels' shared frame (the kit's `ModulePanel`: heading, close button, Escape), which core cannot import
   * itself, as the kit builds on core.
   */
  readonly frame: ComponentType<PanelFrameProps>;
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
  /**
   * While breakout rooms run: whether the viewer sees the people of every room (owner and moderators, who look
   * after all rooms and act on anyone), or only those of their own room and how many are elsewhere (everyone else:
   * they can neither see, hear nor write to the other rooms, so listing those people would only mislead).
   */
  readonly allRooms?: boolean;
  /** What a room is called (null: the main room); without it, "Main room" and "Other room". */
  readonly groupName?: (group: string | null) => string;
  /** Controls in the viewer's own entry ("Change my name"). */
  readonly selfControls?: ReactNode;
}

/**
 * The participant panel: everyone in join order (self first), with role, the state other
 * modules contribute (microphone, camera), presence when someone is reconnecting, and the
 * viewer's actions per person (see `ParticipantActions`). A plain
 * list so screen readers announce the count. In the side panels' `frame`: the heading takes focus when the panel
 * opens, and Escape anywhere in it calls `onClose` (which returns focus to the button that opened it).
 *
 * While breakout rooms run, the list is split by room under a heading each ("Room 2: Nord (3), you are here"): the
 * viewer's room first, then (with `allRooms`) the main room and the other rooms; without `allRooms` a line says how
 * many people are in other rooms. The panel's heading counts the people listed.
 */
export function ParticipantList({
  participants,
  selfId,
  messages,
  status,
  summary,
  onClose,
  headingId,
  frame: Frame,
  actions,
  allRooms = false,
  groupName,
  selfControls,
}: ParticipantListProps) {
  const baseId = useId();
  const rooms = byRoom(participants, selfId);
  const split = rooms.length > 1;
  const shown = split && !allRooms ? rooms.filter((r) => r.own) : rooms;
  const listed = shown.reduce((n, r) => n + r.participants.length, 0);
  const elsewhere = participants.length - listed;
  const roomName = (group: string | null) =>
    groupName?.(group) ?? (group === null ? messages.mainRoom : messages.otherRoom);
  const heading = useRef<HTMLHeadingElement>(null);
  /** The person the viewer last acted on; if they leave the list (sent back), focus goes to the heading. */
  const actedOn = useRef<string | null>(null);
  useEffect(() => {
    const id = actedOn.current;
    if (id === null || participants.some((p) => p.id === id)) return;
    actedOn.current = null;
    if (document.activeElement === document.body || !document.activeElement?.isConnected)
      heading.current?.focus({ preventScroll: true });
  }, [participants]);
  const entry = (p: ParticipantInfo) => (
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
      {p.id === selfId && selfControls && <div className="participant-list__self">{selfControls}</div>}
      {actions && (
        <ParticipantActions
          actions={actions.of(p)}
          onActed={() => {
            actedOn.current = p.id;
          }}
          label={actions.label(p.displayName)}
          nameId={`${baseId}-${p.id}`}
        />
      )}
    </li>
  );
  return (
    <Frame
      className="participant-list"
      headingId={headingId}
      heading={messages.participantsHeading(listed)}
      closeLabel={messages.closeParticipantList}
      onClose={onClose}
      headingRef={heading}
    >
      {split ? (
        <div className="participant-list__rooms">
          {shown.map((room, index) => (
            <section
              key={room.group === null ? 'main' : `group:${room.group}`}
              className="participant-list__room"
              aria-labelledby={`${baseId}-room-${index}`}
              data-room={room.group ?? 'main'}
              data-own-room={room.own}
            >
              <h3 id={`${baseId}-room-${index}`} className="participant-list__room-heading">
                {messages.roomHeading(roomName(room.group), room.participants.length, room.own)}
              </h3>
              <ul className="participant-list__items">{room.participants.map(entry)}</ul>
            </section>
          ))}
          {elsewhere > 0 && <p className="participant-list__elsewhere">{messages.inOtherRooms(elsewhere)}</p>}
        </div>
      ) : (
        <ul className="participant-list__items">{rooms[0]?.participants.map(entry)}</ul>
      )}
    </Frame>
  );
}
