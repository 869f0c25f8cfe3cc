import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import type { PollResult, PollsProtocol, RunningPoll } from '../protocol.js';

export type PollsJoinState = JoinStateOf<PollsProtocol>;

/**
 * Polls as this client sees them: the running poll (its counts only when this client may see them, else null;
 * this client's own ballot, null before voting) and the result of the latest ended poll.
 */
export interface PollsState {
  readonly running: RunningPoll | null;
  readonly last: PollResult | null;
}

/** Null (module off) when the server sent no polls state; otherwise the state replaces everything. */
export function initPolls(join: PollsJoinState | undefined): PollsState | null {
  return join ? { running: join.running, last: join.last } : null;
}

/** Whether this client sees running counts of `running`: always for live results, as a moderator for hidden ones. */
export function seesCounts(running: RunningPoll, context: ModuleContext): boolean {
  return running.poll.results === 'live' || context.self.moderator;
}

/**
 * Pure reducer of the polls state. Events for another poll than the running one change nothing; `progress` only
 * moves the number of voters (a moderator's counts come with the following `tally`); losing moderator rights hides
 * the counts of a hidden poll again. Errors change nothing. Returns the same object when nothing changed.
 */
export function pollsReducer(state: PollsState, input: ModuleInput<PollsProtocol>, context: ModuleContext): PollsState {
  switch (input.type) {
    case 'selfChanged': {
      const running = state.running;
      if (!running || running.counts === null || seesCounts(running, context)) return state;
      return { ...state, running: { ...running, counts: null } };
    }
    case 'participantJoined':
    case 'participantLeft':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'started': {
          const running: RunningPoll = { poll: event.poll, voters: 0, counts: null, myChoices: null };
          const counts = seesCounts(running, context) ? event.poll.choices.map(() => 0) : null;
          return { ...state, running: { ...running, counts } };
        }
        case 'tally':
          if (state.running?.poll.id !== event.pollId) return state;
          return { ...state, running: { ...state.running, counts: event.counts, voters: event.voters } };
        case 'progress':
          if (state.running?.poll.id !== event.pollId || state.running.voters === event.voters) return state;
          return { ...state, running: { ...state.running, voters: event.voters } };
        case 'voted':
          if (state.running?.poll.id !== event.pollId) return state;
          return { ...state, running: { ...state.running, myChoices: event.choices } };
        case 'ended':
          return {
            running: state.running?.poll.id === event.result.poll.id ? null : state.running,
            last: event.result,
          };
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}
