import { clockFrom, type ModuleContext, type ModuleInput, type ServerClock } from '@plenum/client-kit';
import { assertNever, type ErrorOf, type JoinStateOf } from '@plenum/protocol';
import type {
  BreakoutClosing,
  BreakoutMessage,
  BreakoutProtocol,
  BreakoutRoomId,
  BreakoutRoomInfo,
  BreakoutSessionInfo,
} from '../protocol.js';

export type BreakoutJoinState = JoinStateOf<BreakoutProtocol>;

/** Running breakout rooms as this client knows them. */
export interface BreakoutSession {
  readonly rooms: readonly BreakoutRoomInfo[];
  /** Who is in which room; everyone not listed is in the main room. */
  readonly assignments: Readonly<Record<string, BreakoutRoomId>>;
  /** When the set duration ends (server clock); null without one. */
  readonly endsAt: number | null;
  readonly closing: BreakoutClosing | null;
  readonly freeChoice: boolean;
  readonly message: BreakoutMessage | null;
  /**
   * The server's clock, learned from the latest timed fact (join state, `started`, `closing`) when it arrived: every
   * countdown of the rooms renders with it, however late it appears.
   */
  readonly clock: ServerClock;
}

/**
 * The breakout module on this client: the running session or null, and the latest refusal of
 * one of this client's commands (a form shows it next to the control; any news of the session
 * clears it).
 */
export interface BreakoutState {
  readonly session: BreakoutSession | null;
  readonly lastError: ErrorOf<BreakoutProtocol> | null;
}

function fromInfo(info: BreakoutSessionInfo, context: ModuleContext): BreakoutSession {
  const assignments: Record<string, BreakoutRoomId> = {};
  for (const a of info.assignments) assignments[a.participantId] = a.roomId;
  return {
    rooms: info.rooms,
    assignments,
    endsAt: info.endsAt,
    closing: info.closing,
    freeChoice: info.freeChoice,
    message: info.message,
    clock: clockFrom(info.serverNow, context),
  };
}

/** The state from the module's part of a core `joined` (fresh or resumed); null (off) without one. */
export function initBreakout(join: BreakoutJoinState | undefined, context: ModuleContext): BreakoutState | null {
  if (!join) return null;
  return { session: join.session ? fromInfo(join.session, context) : null, lastError: null };
}

function withAssignment(session: BreakoutSession, participantId: string, roomId: BreakoutRoomId | null) {
  if ((session.assignments[participantId] ?? null) === roomId) return session;
  const { [participantId]: _gone, ...rest } = session.assignments;
  return { ...session, assignments: roomId === null ? rest : { ...rest, [participantId]: roomId } };
}

function withSession(state: BreakoutState, session: BreakoutSession | null): BreakoutState {
  return session === state.session && state.lastError === null ? state : { session, lastError: null };
}

/**
 * Pure reducer of the breakout state. `started` replaces everything; `moved` and a participant's
 * leave update the assignments; `closed` ends the session (everyone is back in the main room).
 * Events that arrive without a session (out of order) are ignored. Returns the same object when
 * nothing changed.
 */
export function breakoutReducer(
  state: BreakoutState,
  input: ModuleInput<BreakoutProtocol>,
  context: ModuleContext,
): BreakoutState {
  switch (input.type) {
    case 'error':
      return { ...state, lastError: input.error };
    case 'selfChanged':
    case 'participantJoined':
      return state;
    case 'participantLeft':
      return state.session ? withSession(state, withAssignment(state.session, input.participant.id, null)) : state;
    case 'event': {
      const event = input.event;
      if (event.event === 'started') {
        const { event: _tag, ...info } = event;
        return { session: fromInfo(info, context), lastError: null };
      }
      const session = state.session;
      if (!session) return state;
      switch (event.event) {
        case 'moved':
          return withSession(state, withAssignment(session, event.participantId, event.roomId));
        case 'freeChoiceChanged':
          return withSession(
            state,
            session.freeChoice === event.freeChoice ? session : { ...session, freeChoice: event.freeChoice },
          );
        case 'message':
          return withSession(state, {
            ...session,
            message: { text: event.text, from: event.from, sentAt: event.sentAt },
          });
        case 'closing':
          return withSession(state, {
            ...session,
            closing: { endsAt: event.endsAt, reason: event.reason },
            clock: clockFrom(event.serverNow, context),
          });
        case 'closed':
          return withSession(state, null);
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/** The room `participantId` is in, or null for the main room (and when no rooms are open). */
export function roomOf(session: BreakoutSession | null, participantId: string): BreakoutRoomInfo | null {
  const id = session?.assignments[participantId];
  return (id !== undefined && session?.rooms.find((r) => r.id === id)) || null;
}

/** The participant ids in room `roomId`, in the order given (e.g. the roster's join order). */
export function membersOf(
  session: BreakoutSession,
  roomId: BreakoutRoomId,
  order: readonly { readonly id: string }[],
): string[] {
  return order.filter((p) => session.assignments[p.id] === roomId).map((p) => p.id);
}
