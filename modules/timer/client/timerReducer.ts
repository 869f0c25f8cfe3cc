import { clockFrom, type ModuleContext, type ModuleInput, type ServerClock } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { TimerInfo, TimerProtocol } from '../protocol.js';
import { isAskedKind } from './isAskedKind.js';

export type TimerJoinState = JoinStateOf<TimerProtocol>;

/** The running timer as this client sees it; `readyIds` (who is ready) only for owner and moderators, else null. */
export interface TimerView {
  readonly timer: TimerInfo;
  readonly ready: number;
  readonly total: number;
  readonly mine: boolean;
  readonly readyIds: readonly ParticipantId[] | null;
}

/**
 * The timer module's state. `clock` is the server's clock as learned from the latest frame that carried a server
 * time (the join's `serverNow`, a start's `startedAt`, a stop's `at`) when it arrived: every view of the timer
 * renders the server's times with it, however late it opens.
 */
export interface TimerState {
  readonly running: TimerView | null;
  readonly clock: ServerClock;
}

/** Null (module off) when the server sent no timer state; otherwise the state replaces everything. */
export function initTimer(join: TimerJoinState | undefined, context: ModuleContext): TimerState | null {
  if (!join) return null;
  const running = join.running;
  return {
    clock: clockFrom(join.serverNow, context),
    running: running ? { ...running, readyIds: running.readyIds ?? null } : null,
  };
}

/** People at a screen in the roster: the first guess of how many are asked, until the server's count arrives. */
function askedIn(context: ModuleContext): number {
  return context.participants.filter((p) => isAskedKind(p.kind)).length;
}

function withReady(ids: readonly ParticipantId[], id: ParticipantId, ready: boolean): readonly ParticipantId[] {
  const rest = ids.filter((x) => x !== id);
  return ready ? [...rest, id] : rest;
}

/**
 * Pure reducer of the timer state. Events of another timer than the running one change nothing; losing moderator
 * rights forgets who is ready; someone leaving leaves the list of who is ready. Errors change nothing. Returns the
 * same object when nothing changed.
 */
export function timerReducer(state: TimerState, input: ModuleInput<TimerProtocol>, context: ModuleContext): TimerState {
  const running = state.running;
  switch (input.type) {
    case 'selfChanged':
      if (!running || context.self.moderator || running.readyIds === null) return state;
      return { ...state, running: { ...running, readyIds: null } };
    case 'participantLeft': {
      const id = input.participant.id;
      if (!running?.readyIds?.includes(id)) return state;
      return { ...state, running: { ...running, readyIds: withReady(running.readyIds, id, false) } };
    }
    case 'participantJoined':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'started':
          return {
            clock: clockFrom(event.timer.startedAt, context),
            running: {
              timer: event.timer,
              ready: 0,
              total: askedIn(context),
              mine: false,
              readyIds: context.self.moderator ? [] : null,
            },
          };
        case 'stopped':
          if (running?.timer.id !== event.timerId) return state;
          return { clock: clockFrom(event.at, context), running: null };
        case 'oneMinuteLeft':
          return state;
        case 'readyCount':
          if (running?.timer.id !== event.timerId) return state;
          if (running.ready === event.ready && running.total === event.total) return state;
          return { ...state, running: { ...running, ready: event.ready, total: event.total } };
        case 'readyChanged': {
          if (running?.timer.id !== event.timerId) return state;
          const mine = event.participantId === context.self.participantId ? event.ready : running.mine;
          const readyIds = running.readyIds && withReady(running.readyIds, event.participantId, event.ready);
          return { ...state, running: { ...running, mine, readyIds } };
        }
        case 'readyList':
          if (running?.timer.id !== event.timerId) return state;
          return { ...state, running: { ...running, readyIds: event.readyIds } };
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}
