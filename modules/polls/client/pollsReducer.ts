import { clockFrom, type ModuleContext, type ModuleInput, type ServerClock } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import type { PollResult, PollsProtocol, RunningPoll } from '../protocol.js';

export type PollsJoinState = JoinStateOf<PollsProtocol>;

/**
 * The latest ended poll: its result, and what this client saw of it: its own ballot (null when it did not vote, or
 * joined after the end) and how many could vote when it ended (null when it joined after the end).
 */
export interface EndedPoll {
  readonly result: PollResult;
  readonly mine: readonly number[] | null;
  readonly eligible: number | null;
}

/**
 * Polls as this client sees them: the running poll (its counts only when this client may see them, else null;
 * this client's own ballot, null before voting), the latest ended poll, and the server's clock as learned from the
 * join state, or the latest start or end, when it arrived.
 */
export interface PollsState {
  readonly running: RunningPoll | null;
  readonly last: EndedPoll | null;
  readonly clock: ServerClock;
}

/** Null (module off) when the server sent no polls state; otherwise the state replaces everything. */
export function initPolls(join: PollsJoinState | undefined, context: ModuleContext): PollsState | null {
  if (!join) return null;
  const last = join.last && { result: join.last, mine: null, eligible: null };
  return { running: join.running, last, clock: clockFrom(join.serverNow, context) };
}

/** Who can vote: everyone at a screen (phone callers and the recorder have no ballot). */
export function eligibleVoters(participants: readonly ParticipantInfo[]): number {
  return participants.filter((p) => p.kind === 'browser' || p.kind === 'roomSystem').length;
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
          return { ...state, running: { ...running, counts }, clock: clockFrom(event.poll.startedAt, context) };
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
        case 'ended': {
          const ended = state.running?.poll.id === event.result.poll.id ? state.running : null;
          const last = {
            result: event.result,
            mine: ended?.myChoices ?? null,
            eligible: eligibleVoters(context.participants),
          };
          return {
            running: ended ? null : state.running,
            last,
            clock: clockFrom(event.result.endedAt, context),
          };
        }
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}
