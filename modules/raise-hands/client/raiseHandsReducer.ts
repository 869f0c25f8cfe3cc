import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { HandsElsewhere, RaisedHand, RaiseHandsProtocol } from '../protocol.js';

export type RaiseHandsJoinState = JoinStateOf<RaiseHandsProtocol>;

/**
 * Raised hands as this client sees them: whether raising is on in this room, every raised hand of
 * the room this client is in (the main room or a breakout room) in the order it went up (the
 * moderators' queue; everyone else shows icons), and, for owner and moderators, how many hands are
 * up in each other room (only rooms with at least one).
 */
export interface RaiseHandsState {
  readonly enabled: boolean;
  readonly hands: readonly RaisedHand[];
  readonly elsewhere: readonly HandsElsewhere[];
}

/** Oldest first; `sort` is stable, so hands raised in the same millisecond keep the server's order. */
function byTime(hands: readonly RaisedHand[]): readonly RaisedHand[] {
  return [...hands].sort((a, b) => a.raisedAt - b.raisedAt);
}

function without(state: RaiseHandsState, participantId: ParticipantId): RaiseHandsState {
  if (!state.hands.some((h) => h.participantId === participantId)) return state;
  return { ...state, hands: state.hands.filter((h) => h.participantId !== participantId) };
}

/** The state from a core `joined` (fresh or resumed): replaces everything. Null (module off) without join state. */
export function initRaiseHands(join: RaiseHandsJoinState | undefined): RaiseHandsState | null {
  if (!join) return null;
  return { enabled: join.enabled, hands: byTime(join.hands), elsewhere: counted(join.elsewhere) };
}

/** Only rooms with hands up. */
function counted(elsewhere: readonly HandsElsewhere[]): readonly HandsElsewhere[] {
  return elsewhere.filter((e) => e.count > 0);
}

/** `group`'s count set to `count` (gone at 0), keeping the order in which rooms first had hands up. */
function withCount(state: RaiseHandsState, group: string | null, count: number): RaiseHandsState {
  const index = state.elsewhere.findIndex((e) => e.group === group);
  if (index < 0 && count === 0) return state;
  if (index >= 0 && state.elsewhere[index]?.count === count) return state;
  const elsewhere =
    index < 0
      ? [...state.elsewhere, { group, count }]
      : state.elsewhere.flatMap((e, i) => (i !== index ? [e] : count > 0 ? [{ group, count }] : []));
  return { ...state, elsewhere };
}

/**
 * Pure reducer of raised hands. A leaver's hand goes down with their `participantLeft` (the
 * server sends nothing else); switching the module off lowers every hand in every room; a move to
 * another room brings that room's `queue`. Errors change nothing: the server's events keep the
 * list true. Returns the same object when nothing changed.
 */
export function raiseHandsReducer(
  state: RaiseHandsState,
  input: ModuleInput<RaiseHandsProtocol>,
  _context?: ModuleContext,
): RaiseHandsState {
  switch (input.type) {
    case 'participantLeft':
      return without(state, input.participant.id);
    case 'selfChanged':
    case 'participantJoined':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'handRaised': {
          const rest = without(state, event.hand.participantId);
          return { ...rest, hands: byTime([...rest.hands, event.hand]) };
        }
        case 'handLowered':
          return without(state, event.participantId);
        case 'allLowered':
          return state.hands.length === 0 ? state : { ...state, hands: [] };
        case 'queue':
          return { ...state, hands: byTime(event.hands), elsewhere: counted(event.elsewhere) };
        case 'elsewhereChanged':
          return withCount(state, event.group, event.count);
        case 'availabilityChanged':
          if (event.enabled === state.enabled) return state;
          return event.enabled ? { ...state, enabled: true } : { enabled: false, hands: [], elsewhere: [] };
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/** Whether `participantId` has a hand up. */
export function isRaised(state: RaiseHandsState, participantId: string): boolean {
  return state.hands.some((h) => h.participantId === participantId);
}

/** How many hands are up in rooms other than this client's (owner and moderators; 0 for everyone else). */
export function handsElsewhere(state: RaiseHandsState): number {
  return state.elsewhere.reduce((sum, e) => sum + e.count, 0);
}

/** 1-based place of `participantId` in the queue, or null when their hand is down. */
export function queuePosition(state: RaiseHandsState, participantId: string): number | null {
  const index = state.hands.findIndex((h) => h.participantId === participantId);
  return index < 0 ? null : index + 1;
}
