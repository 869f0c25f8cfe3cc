import type { ConnectionId, EventOf, ParticipantId } from '@plenum/protocol';
import { assertNever } from '@plenum/protocol';
import type { CoreProtocol, ParticipantInfo } from '../protocol.js';

export type CoreEvent = EventOf<CoreProtocol>;

/** Who this client is in the room, from the latest `joined`. */
export interface SelfInfo {
  readonly participantId: ParticipantId;
  readonly connectionId: ConnectionId;
  readonly reconnectGraceSeconds: number;
}

/**
 * The room as this client sees it. `participants` is in join order (oldest first) and includes
 * this client itself when the server lists it. `self` is null until the first `joined`.
 */
export interface RoomState {
  readonly self: SelfInfo | null;
  readonly participants: readonly ParticipantInfo[];
}

export const initialRoomState: RoomState = { self: null, participants: [] };

function byJoinOrder(a: ParticipantInfo, b: ParticipantInfo): number {
  return a.joinedAt - b.joinedAt;
}

function upsert(list: readonly ParticipantInfo[], participant: ParticipantInfo): readonly ParticipantInfo[] {
  const index = list.findIndex((p) => p.id === participant.id);
  if (index === -1) return [...list, participant].sort(byJoinOrder);
  const next = list.slice();
  next[index] = participant;
  return next;
}

/**
 * Pure reducer over core events. A `joined` (fresh or resumed) replaces the whole picture,
 * because the server sends the complete participant list with it and anything we knew
 * before a reconnect may be stale. Returns the same object when nothing changed.
 */
export function roomReducer(state: RoomState, event: CoreEvent): RoomState {
  switch (event.event) {
    case 'joined':
      return {
        self: {
          participantId: event.participantId,
          connectionId: event.connectionId,
          reconnectGraceSeconds: event.reconnectGraceSeconds,
        },
        participants: [...event.participants].sort(byJoinOrder),
      };
    case 'participantJoined':
    case 'participantUpdated':
      return { ...state, participants: upsert(state.participants, event.participant) };
    case 'participantLeft': {
      if (!state.participants.some((p) => p.id === event.participantId)) return state;
      return { ...state, participants: state.participants.filter((p) => p.id !== event.participantId) };
    }
    // Waiting-room events change the connection's situation, not the roster; the session
    // handles them (the web client's waiting screen is still to be built).
    case 'waiting':
    case 'notAdmitted':
      return state;
    default:
      return assertNever(event);
  }
}

/** The participant entry of this client, if the server listed it. */
export function selfParticipant(state: RoomState): ParticipantInfo | undefined {
  const self = state.self;
  return self ? state.participants.find((p) => p.id === self.participantId) : undefined;
}

/** Everyone except this client. */
export function otherParticipants(state: RoomState): readonly ParticipantInfo[] {
  const selfId = state.self?.participantId;
  return state.participants.filter((p) => p.id !== selfId);
}
