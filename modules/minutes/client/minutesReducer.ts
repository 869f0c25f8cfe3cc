import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import { MAX_CONCLUDED_VOTES, type MinutesProtocol } from '../protocol.js';
import type { MinutesSession } from './MinutesSession.js';
import type { MinutesState } from './minutesState.js';

/** Moderators always write; anyone else when listed. */
export const mayWrite = (writers: readonly ParticipantId[], context: ModuleContext): boolean =>
  context.self.moderator || writers.includes(context.self.participantId);

/**
 * The state after a `joined`. A resumed join (`previous`, same participant) keeps the session, with the doc and any
 * edits not yet sent, and suspends it until the panel starts it again; a fresh join has no session (the panel creates
 * one, see `withSession`), and neither has a resumed one when the room started new minutes meanwhile (another
 * generation: the old doc is dropped).
 */
export function initMinutes(
  join: JoinStateOf<MinutesProtocol> | undefined,
  context: ModuleContext,
  previous?: MinutesState,
): MinutesState | null {
  if (!join) return null;
  const kept = previous?.session?.generation === join.generation ? previous.session : null;
  if (!kept) previous?.session?.close();
  kept?.suspend();
  const canWrite = join.canWrite || mayWrite(join.writers, context);
  const state: MinutesState = {
    writers: join.writers,
    canWrite,
    votes: join.votes,
    files: join.files,
    carriedOver: join.carriedOver,
    notExportedOnClose: join.notExportedOnClose,
    generation: join.generation,
    session: null,
    epoch: (previous?.epoch ?? 0) + 1,
  };
  return kept ? withSession(state, kept) : state;
}

/**
 * `state` with `session`, the panel's new copy of the current document (or a kept one), told who writes. A session of
 * another generation, or one offered when the state already holds one, is closed and `state` stays as it is.
 */
export function withSession(state: MinutesState, session: MinutesSession): MinutesState {
  if (session === state.session) return state;
  if (state.session !== null || session.generation !== state.generation) {
    session.close();
    return state;
  }
  session.sync.setCanWrite(state.canWrite);
  session.sync.receive({ event: 'writersChanged', writers: [...state.writers] });
  return { ...state, session };
}

/**
 * Server events and role changes. Document events go to the session's sync (its doc changes, the state object does
 * not); write access follows `writersChanged` and role changes, and is handed to the sync too. Errors go to the sync
 * (which syncs again after a gap in history); the words are the announcements'.
 */
export function minutesReducer(
  state: MinutesState,
  input: ModuleInput<MinutesProtocol>,
  context: ModuleContext,
): MinutesState {
  switch (input.type) {
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'synced':
        case 'updated':
          // Without a session this connection never synced, and the server sends documents only to those that did.
          state.session?.sync.receive(event);
          return state;
        case 'writersChanged': {
          state.session?.sync.receive(event);
          return withCanWrite({ ...state, writers: event.writers }, mayWrite(event.writers, context));
        }
        case 'voteConcluded': {
          if (state.votes.some((v) => v.voteId === event.vote.voteId)) return state;
          return { ...state, votes: [...state.votes, event.vote].slice(-MAX_CONCLUDED_VOTES) };
        }
        case 'exported':
          return { ...state, files: event.files, notExportedOnClose: null };
        case 'exportFailed':
          return state;
        case 'carriedOver':
          return { ...state, carriedOver: { lastChangedAt: event.lastChangedAt } };
        case 'continued':
          return state.carriedOver === null ? state : { ...state, carriedOver: null };
        case 'notExportedOnClose':
          return { ...state, notExportedOnClose: { at: event.at, reason: event.reason } };
        case 'restarted':
          return restarted(state, event.generation);
        default:
          return assertNever(event);
      }
    }
    case 'error':
      if (input.error.error === 'staleGeneration') return restarted(state, input.error.generation);
      // A change the room will never take: this copy would keep showing it, so it is replaced by the room's.
      if (input.error.error === 'documentFull' || input.error.error === 'readOnly')
        return renewed(state, state.generation);
      state.session?.sync.refused(input.error);
      return state;
    case 'selfChanged':
      return withCanWrite(state, mayWrite(state.writers, context));
    case 'participantJoined':
    case 'participantLeft':
      return state;
    default:
      return assertNever(input);
  }
}

/**
 * The room's document is now `generation`: the old session is closed (its content is never sent again, so nothing of
 * it reaches the new document) and dropped; the new epoch makes an open panel create and sync a new, empty one at
 * once, otherwise the panel does when it is opened. Nothing happens when this client already is at that generation.
 */
function restarted(state: MinutesState, generation: number): MinutesState {
  // The room forgot the concluded votes with the old minutes: none is offered for linking any more; what was not
  // exported of them is no longer the current minutes' concern.
  return state.generation === generation
    ? state
    : { ...renewed(state, generation), votes: [], notExportedOnClose: null };
}

/** No session in place of the current one (closed: it never sends again); the panel creates a new one of `generation`. */
function renewed(state: MinutesState, generation: number): MinutesState {
  state.session?.close();
  return { ...state, generation, session: null, carriedOver: null, epoch: state.epoch + 1 };
}

function withCanWrite(state: MinutesState, canWrite: boolean): MinutesState {
  state.session?.sync.setCanWrite(canWrite);
  return canWrite === state.canWrite ? state : { ...state, canWrite };
}
