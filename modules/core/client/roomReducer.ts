import type { ConnectionId, EventOf, ParticipantId } from '@plenum/protocol';
import { assertNever } from '@plenum/protocol';
import type { CoreProtocol, ParticipantInfo, RemovalReason, RoomPolicy } from '../protocol.js';

export type CoreEvent = EventOf<CoreProtocol>;

/** Who this client is in the room, from the latest `joined`. */
export interface SelfInfo {
  readonly participantId: ParticipantId;
  readonly connectionId: ConnectionId;
  readonly reconnectGraceSeconds: number;
}

/**
 * Whether this client is inside. `joining` until the server answers the join; `waiting` for a
 * moderator (with the id it will have, whether a moderator sent it back from the meeting, and whether
 * any moderator is in the meeting who could let it in);
 * `admitted` after `joined`; `notAdmitted` when a moderator turned it away.
 */
export type Admission =
  | { readonly status: 'joining' }
  | {
      readonly status: 'waiting';
      readonly participantId: ParticipantId;
      readonly connectionId: ConnectionId;
      readonly sentBack: boolean;
      readonly moderatorPresent: boolean;
    }
  | { readonly status: 'admitted' }
  | { readonly status: 'notAdmitted'; readonly reason: 'rejected' }
  /** A moderator took this client out (or ended the meeting); `by` is who, when known. */
  | { readonly status: 'removed'; readonly reason: RemovalReason; readonly by: ParticipantId | null };

/**
 * The room as this client sees it. `participants` is in join order (oldest first) and includes
 * this client itself when the server lists it. `self` is null until the first `joined`, and
 * again while waiting: a waiting person sees nobody.
 */
export interface RoomState {
  readonly self: SelfInfo | null;
  readonly participants: readonly ParticipantInfo[];
  readonly admission: Admission;
  /** Room-wide rules (self-renaming, switched-off modules), from `joined` and `policyChanged`. */
  readonly policy: RoomPolicy;
}

const defaultPolicy: RoomPolicy = { selfRename: true, switchedOff: [] };

export const initialRoomState: RoomState = {
  self: null,
  participants: [],
  admission: { status: 'joining' },
  policy: defaultPolicy,
};

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
 * before a reconnect may be stale; `waiting` and `notAdmitted` forget it. Returns the same
 * object when nothing changed.
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
        admission: { status: 'admitted' },
        policy: event.policy,
      };
    case 'participantJoined':
    case 'participantUpdated':
      return { ...state, participants: upsert(state.participants, event.participant) };
    case 'participantsUpdated':
      return { ...state, participants: event.participants.reduce(upsert, state.participants) };
    case 'participantLeft': {
      if (!state.participants.some((p) => p.id === event.participantId)) return state;
      return { ...state, participants: state.participants.filter((p) => p.id !== event.participantId) };
    }
    // Waiting (first time or sent back) and being turned away: the roster is not ours to see.
    case 'waiting':
      return {
        self: null,
        participants: [],
        policy: state.policy,
        admission: {
          status: 'waiting',
          participantId: event.participantId,
          connectionId: event.connectionId,
          sentBack: event.sentBack,
          moderatorPresent: event.moderatorPresent,
        },
      };
    case 'moderatorPresence': {
      const { admission } = state;
      if (admission.status !== 'waiting' || admission.moderatorPresent === event.present) return state;
      return { ...state, admission: { ...admission, moderatorPresent: event.present } };
    }
    case 'notAdmitted':
      return { ...state, self: null, participants: [], admission: { status: 'notAdmitted', reason: event.reason } };
    case 'removed':
      return {
        ...state,
        self: null,
        participants: [],
        admission: { status: 'removed', reason: event.reason, by: event.by ?? null },
      };
    case 'policyChanged':
      return { ...state, policy: event.policy };
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
