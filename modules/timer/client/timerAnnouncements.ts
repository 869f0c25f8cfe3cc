import type { AnnouncementOf, ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { TimerKind, TimerProtocol } from '../protocol.js';
import { isAskedKind } from './isAskedKind.js';
import type { TimerState } from './timerReducer.js';

type Empty = Readonly<Record<string, never>>;

/** What the timer announces (never the ticking time itself), with the parameters of each. */
export type TimerAnnouncements = {
  /** `minutes`: a countdown's length, rounded up; null for a stopwatch. */
  readonly timerStarted: {
    readonly title: string;
    readonly kind: TimerKind;
    readonly minutes: number | null;
    readonly readyCheck: boolean;
  };
  readonly oneMinuteLeft: { readonly title: string };
  readonly timeUp: { readonly title: string };
  readonly timerStopped: { readonly title: string };
  /** To this participant: their own ready mark changed. */
  readonly youAreReady: Empty;
  readonly youAreNotReady: Empty;
  /** When the count reaches everyone. */
  readonly allReady: { readonly total: number };
  // Notices: refused commands.
  readonly timerRunning: Empty;
  readonly titleTooLong: { readonly maxLength: number };
  readonly durationInvalid: { readonly minSeconds: number; readonly maxSeconds: number };
  readonly timerGone: Empty;
  readonly notAllowed: Empty;
};

/**
 * The topic of what is said about the timer's start, end and the own ready mark: marking oneself ready ends the
 * notice that asks for it, the timer's end ends it too, and a new timer ends "Time is up".
 */
const timerTopic = 'timer';

/**
 * Start, one minute left, end, the own ready mark and "everyone is ready" are announced; the ticking clock never is.
 * Shown briefly as well: the end (unless this person stopped it) and, to people who are asked, the request to say
 * when they are ready. `before` is the state before the input, so the title of a timer that just ended can still be
 * named.
 */
export function announceTimer(
  input: ModuleInput<TimerProtocol>,
  before: TimerState,
  context: ModuleContext,
): AnnouncementOf<TimerAnnouncements> | null {
  const running = before.running;
  if (input.type === 'event') {
    const event = input.event;
    switch (event.event) {
      case 'started': {
        const { title, kind, readyCheck, startedAt, endsAt } = event.timer;
        const minutes = endsAt === null ? null : Math.ceil((endsAt - startedAt) / 60_000);
        const said = { key: 'timerStarted', params: { title, kind, minutes, readyCheck }, topic: timerTopic } as const;
        return readyCheck && isAsked(context) ? { ...said, notice: true, brief: true } : said;
      }
      case 'oneMinuteLeft':
        return running?.timer.id === event.timerId
          ? { key: 'oneMinuteLeft', params: { title: running.timer.title } }
          : null;
      case 'stopped':
        if (running?.timer.id !== event.timerId) return null;
        return {
          key: event.reason === 'elapsed' ? 'timeUp' : 'timerStopped',
          params: { title: running.timer.title },
          sound: event.reason === 'elapsed',
          topic: timerTopic,
          ...(event.by === context.self.participantId ? {} : { notice: true, brief: true }),
        };
      case 'readyChanged':
        if (event.participantId !== context.self.participantId || running?.mine === event.ready) return null;
        return { key: event.ready ? 'youAreReady' : 'youAreNotReady', params: {}, topic: timerTopic };
      case 'readyCount':
        return running?.timer.id === event.timerId &&
          event.total > 0 &&
          event.ready === event.total &&
          running.ready !== running.total
          ? { key: 'allReady', params: { total: event.total } }
          : null;
      case 'readyList':
        return null;
      default:
        return assertNever(event);
    }
  }
  if (input.type !== 'error') return null;
  const error = input.error;
  switch (error.error) {
    case 'timerRunning':
      return { key: 'timerRunning', params: {}, notice: true };
    case 'titleTooLong':
      return { key: 'titleTooLong', params: { maxLength: error.maxLength }, notice: true };
    case 'invalidDuration':
      return {
        key: 'durationInvalid',
        params: { minSeconds: error.minSeconds, maxSeconds: error.maxSeconds },
        notice: true,
      };
    case 'noSuchTimer':
    case 'noReadyCheck':
    case 'stopwatchHasNoDuration':
      return { key: 'timerGone', params: {}, notice: true };
    case 'forbidden':
    case 'notAsked':
      return { key: 'notAllowed', params: {}, notice: true };
    default:
      return assertNever(error);
  }
}

/** Whether this person is asked to say they are ready (at a screen; see `isAskedKind`). */
function isAsked(context: ModuleContext): boolean {
  const self = context.participants.find((p) => p.id === context.self.participantId);
  return self !== undefined && isAskedKind(self.kind);
}
