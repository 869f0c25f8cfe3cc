import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type EventOf, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import { type Reaction, type ReactionsProtocol, reactionsLimits } from '../protocol.js';

export type ReactionsJoinState = JoinStateOf<ReactionsProtocol>;
type Reacted = Extract<EventOf<ReactionsProtocol>, { event: 'reacted' }>;

/** The latest reaction of one participant. `seq` tells two equal reactions apart (a tile shows each anew). */
export interface ShownReaction {
  readonly reaction: Reaction;
  /** Server clock, milliseconds since the epoch. */
  readonly at: number;
  readonly seq: number;
}

/**
 * Reactions as this client shows them: whether they are on, each participant's latest reaction
 * (older than `displayMs` before the newest one are dropped; a tile hides its own after
 * `displayMs`), and the bookkeeping that keeps announcements from flooding a screen reader.
 */
export interface ReactionsState {
  readonly enabled: boolean;
  readonly latest: Readonly<Partial<Record<ParticipantId, ShownReaction>>>;
  readonly seq: number;
  /** Server time of the last announced reaction; null before the first. */
  readonly announcedAt: number | null;
  /** Others' reactions since then that were not announced (said with the next announcement). */
  readonly unannounced: number;
}

/** The state from a core `joined`: reactions are ephemeral, so only whether they are on. */
export function initReactions(join: ReactionsJoinState | undefined): ReactionsState | null {
  if (!join) return null;
  return { enabled: join.enabled, latest: {}, seq: 0, announcedAt: null, unannounced: 0 };
}

/**
 * Whether this reaction is read out: never one's own; otherwise the first one, and then at most
 * one per `announceEveryMs` of server time. `announce` and the reducer both ask, so they agree.
 */
export function isAnnounced(state: ReactionsState, event: Reacted, context: ModuleContext): boolean {
  if (event.participantId === context.self.participantId) return false;
  return state.announcedAt === null || event.at - state.announcedAt >= reactionsLimits.announceEveryMs;
}

function withReaction(state: ReactionsState, event: Reacted, context: ModuleContext): ReactionsState {
  const seq = state.seq + 1;
  const latest: Partial<Record<ParticipantId, ShownReaction>> = {};
  for (const [id, shown] of Object.entries(state.latest) as [ParticipantId, ShownReaction][])
    if (event.at - shown.at < reactionsLimits.displayMs) latest[id] = shown;
  latest[event.participantId] = { reaction: event.reaction, at: event.at, seq };
  const own = event.participantId === context.self.participantId;
  const counts = isAnnounced(state, event, context)
    ? { announcedAt: event.at, unannounced: 0 }
    : { announcedAt: state.announcedAt, unannounced: state.unannounced + (own ? 0 : 1) };
  return { ...state, latest, seq, ...counts };
}

/**
 * Pure reducer of reactions. Switching off clears what is shown; a leaver's reaction goes with
 * them. Errors change nothing. Returns the same object when nothing changed.
 */
export function reactionsReducer(
  state: ReactionsState,
  input: ModuleInput<ReactionsProtocol>,
  context: ModuleContext,
): ReactionsState {
  switch (input.type) {
    case 'participantLeft': {
      const id = input.participant.id;
      if (!state.latest[id]) return state;
      const { [id]: _gone, ...latest } = state.latest;
      return { ...state, latest };
    }
    case 'selfChanged':
    case 'participantJoined':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'reacted':
          return withReaction(state, event, context);
        case 'availabilityChanged':
          if (event.enabled === state.enabled) return state;
          return event.enabled ? { ...state, enabled: true } : { ...state, enabled: false, latest: {} };
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/**
 * Forgets a participant's reaction once its tile has shown it for `displayMs` (a fact only this
 * client knows: the server sends no end), so a tile that is rebuilt later does not show it again.
 * A newer reaction of theirs (another `seq`) stays. Returns the same object when nothing changed.
 */
export function expireReaction(state: ReactionsState, participantId: ParticipantId, seq: number): ReactionsState {
  if (state.latest[participantId]?.seq !== seq) return state;
  const { [participantId]: _shown, ...latest } = state.latest;
  return { ...state, latest };
}
