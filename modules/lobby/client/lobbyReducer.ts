import type { EventOf, JoinStateOf, ParticipantId } from '@plenum/protocol';
import { type LobbyProtocol, lobbyProtocol, type WaitingPersonInfo, type WaitingRoomPolicy } from '../protocol.js';

export type LobbyEvent = EventOf<LobbyProtocol>;
export type LobbyJoinState = JoinStateOf<LobbyProtocol>;

/**
 * The waiting room as this client sees it: who must wait, and (for owner and moderators only,
 * null for everyone else) who waits now, in arrival order.
 */
export interface LobbyState {
  readonly policy: WaitingRoomPolicy;
  readonly waiting: readonly WaitingPersonInfo[] | null;
}

export type LobbyAction =
  /** The `modules.lobby` part of a core `joined` (fresh or resumed): replaces everything. */
  | { readonly type: 'joined'; readonly state: LobbyJoinState }
  | { readonly type: 'event'; readonly event: LobbyEvent }
  /** This client lost its moderator rights: the server tells it nothing more about who waits. */
  | { readonly type: 'moderationLost' };

export const initialLobbyState: LobbyState = { policy: 'off', waiting: null };

function bySince(a: WaitingPersonInfo, b: WaitingPersonInfo): number {
  return a.since - b.since;
}

function without(list: readonly WaitingPersonInfo[], participantId: ParticipantId): readonly WaitingPersonInfo[] {
  return list.filter((p) => p.participantId !== participantId);
}

/**
 * Pure reducer of the lobby module's state. `waitingStarted` for someone already listed
 * replaces their entry (a reconnect queues them again); `waitingEnded` for someone unknown is
 * a no-op. Returns the same object when nothing changed.
 */
export function lobbyReducer(state: LobbyState, action: LobbyAction): LobbyState {
  switch (action.type) {
    case 'joined':
      return {
        policy: action.state.policy,
        waiting: action.state.waiting ? [...action.state.waiting].sort(bySince) : null,
      };
    case 'moderationLost':
      return state.waiting === null ? state : { ...state, waiting: null };
    case 'event': {
      const event = action.event;
      switch (event.event) {
        case 'waitingStarted': {
          const rest = without(state.waiting ?? [], event.person.participantId);
          return { ...state, waiting: [...rest, event.person].sort(bySince) };
        }
        case 'waitingEnded': {
          if (!state.waiting?.some((p) => p.participantId === event.participantId)) return state;
          return { ...state, waiting: without(state.waiting, event.participantId) };
        }
        case 'waitingList':
          return { ...state, waiting: [...event.waiting].sort(bySince) };
        case 'waitingRoomChanged':
          return event.policy === state.policy ? state : { ...state, policy: event.policy };
      }
    }
  }
}

/** The lobby part of a core `joined`'s `modules`, or null when the module is off for this room. */
export function parseLobbyJoinState(modules: Readonly<Record<string, unknown>>): LobbyJoinState | null {
  const parsed = lobbyProtocol.joinState.safeParse(modules[lobbyProtocol.ns]);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether a moderator may send `target` back to the waiting room: everyone but owner and
 * moderators (demote first), and only real people in the meeting (not the recorder).
 */
export function canSendBack(target: { readonly role: string; readonly kind: string }): boolean {
  return target.role !== 'moderator' && target.kind !== 'recorder';
}
