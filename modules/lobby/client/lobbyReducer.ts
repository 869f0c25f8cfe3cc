import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { LobbyProtocol, WaitingPersonInfo, WaitingRoomPolicy } from '../protocol.js';

export type LobbyJoinState = JoinStateOf<LobbyProtocol>;

/**
 * The waiting room as this client sees it: who must wait, whether guests with a link wait anyway
 * (the room's guest access, which moderators cannot change in the meeting), and (for owner and
 * moderators only, null for everyone else) who waits now, in arrival order.
 */
export interface LobbyState {
  readonly policy: WaitingRoomPolicy;
  readonly guestLinksWait: boolean;
  readonly waiting: readonly WaitingPersonInfo[] | null;
}

function bySince(a: WaitingPersonInfo, b: WaitingPersonInfo): number {
  return a.since - b.since;
}

function without(list: readonly WaitingPersonInfo[], participantId: ParticipantId): readonly WaitingPersonInfo[] {
  return list.filter((p) => p.participantId !== participantId);
}

/**
 * The lobby's state from its part of a core `joined` (fresh or resumed): replaces everything.
 * Null (module off) when the server sent no lobby state.
 */
export function initLobby(join: LobbyJoinState | undefined): LobbyState | null {
  if (!join) return null;
  return {
    policy: join.policy,
    guestLinksWait: join.guestLinksWait,
    waiting: join.waiting ? [...join.waiting].sort(bySince) : null,
  };
}

/**
 * Pure reducer of the lobby module's state. `waitingStarted` for someone already listed
 * replaces their entry (a reconnect queues them again); `waitingEnded` for someone unknown is
 * a no-op; losing moderator rights forgets who waits (the server tells this client nothing
 * more about it). Errors change nothing: the server's events keep the list true. Returns the
 * same object when nothing changed.
 */
export function lobbyReducer(state: LobbyState, input: ModuleInput<LobbyProtocol>, context: ModuleContext): LobbyState {
  switch (input.type) {
    case 'selfChanged':
      return context.self.moderator || state.waiting === null ? state : { ...state, waiting: null };
    case 'participantJoined':
    case 'participantLeft':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
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
        case 'guestLinksWaitChanged':
          return event.guestLinksWait === state.guestLinksWait
            ? state
            : { ...state, guestLinksWait: event.guestLinksWait };
        // Only said (see `announceLobby`): the roster shows who moderates.
        case 'moderatorPresence':
          return state;
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/**
 * Whether a moderator may send `target` back to the waiting room: everyone but owner and
 * moderators (demote first), and only real people in the meeting (not the recorder).
 */
export function canSendBack(target: { readonly role: string; readonly kind: string }): boolean {
  return target.role !== 'moderator' && target.kind !== 'recorder';
}
