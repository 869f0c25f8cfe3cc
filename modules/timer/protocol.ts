import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/** Longest title, in characters (code points) after trimming; the title may be empty. */
export const MAX_TITLE_LENGTH = 100;
/** Shortest and longest countdown, in whole seconds. */
export const MIN_DURATION_SECONDS = 1;
export const MAX_DURATION_SECONDS = 86_400;
/** A countdown longer than this tells everyone when one minute is left. */
export const ONE_MINUTE_MS = 60_000;
/** The ready count is sent at most this often: a burst of ticks, joins or leaves becomes one event. */
export const READY_COUNT_INTERVAL_MS = 500;

/** `countdown` runs down from a duration and ends by itself; `stopwatch` counts up until a moderator stops it. */
export const TimerKind = z.enum(['countdown', 'stopwatch']);
export type TimerKind = z.infer<typeof TimerKind>;

/** `normal`: a small clock; `coffeeBreak`: covers the stage with the time left (a break). */
export const TimerStyle = z.enum(['normal', 'coffeeBreak']);
export type TimerStyle = z.infer<typeof TimerStyle>;

/** A timer's id, unique within the room. */
export const TimerId = z.string().min(1).max(64);
export type TimerId = z.infer<typeof TimerId>;

/** The running timer. Clients render the time locally from the server's `startedAt`/`endsAt`. */
export const TimerInfo = z.object({
  id: TimerId,
  kind: TimerKind,
  title: z.string(),
  style: TimerStyle,
  /** Whether each participant is asked to say they are ready. */
  readyCheck: z.boolean(),
  startedBy: ParticipantId,
  /** Milliseconds since the epoch, server clock. */
  startedAt: z.number(),
  /** When a countdown ends (server clock); null for a stopwatch. */
  endsAt: z.number().nullable(),
});
export type TimerInfo = z.infer<typeof TimerInfo>;

/** How a timer ended: a moderator stopped it, or a countdown ran out. */
export const TimerEnd = z.enum(['stopped', 'elapsed']);
export type TimerEnd = z.infer<typeof TimerEnd>;

/**
 * The running timer as one participant sees it: how many of how many are ready, whether this participant is, and
 * (owner and moderators only) who is.
 */
export const RunningTimer = z.object({
  timer: TimerInfo,
  ready: z.number(),
  total: z.number(),
  mine: z.boolean(),
  readyIds: z.array(ParticipantId).optional(),
});
export type RunningTimer = z.infer<typeof RunningTimer>;

/**
 * One room-wide timer (all breakout groups see it): a countdown or a stopwatch with a title, optionally with a ready
 * check and as a coffee break that covers the stage. Moderators start and stop it; a countdown ends by itself. Events
 * carry server times, so clients tick locally and the server sends nothing per second.
 */
export const timerProtocol = defineProtocol({
  ns: 'timer',
  commands: {
    /** Moderators: starts a timer; a countdown needs `durationSeconds`, a stopwatch has none. */
    start: z.object({
      kind: TimerKind,
      title: z.string(),
      durationSeconds: z.number().optional(),
      style: TimerStyle,
      readyCheck: z.boolean(),
    }),
    /** Moderators: stops the running timer. */
    stop: z.object({ timerId: TimerId }),
    /** Says whether this participant is ready (only while a timer with a ready check runs). */
    setReady: z.object({ timerId: TimerId, ready: z.boolean() }),
  },
  events: {
    /** To everyone: a timer started. */
    started: z.object({ timer: TimerInfo }),
    /** To everyone: the timer ended (`at`: server time; a stopwatch shows `at - startedAt`). */
    stopped: z.object({
      timerId: TimerId,
      reason: TimerEnd,
      at: z.number(),
      /** Who stopped it; null when a countdown ran out. */
      by: ParticipantId.nullable(),
    }),
    /** To everyone, once, when a countdown of more than a minute has one minute left. */
    oneMinuteLeft: z.object({ timerId: TimerId }),
    /**
     * To everyone: how many of how many participants are ready (also when people join or leave), coalesced (at most
     * every `READY_COUNT_INTERVAL_MS`). Only people in a browser or room system are asked: phone callers and the
     * recorder are not counted.
     */
    readyCount: z.object({ timerId: TimerId, ready: z.number(), total: z.number() }),
    /** To owner and moderators, and to the participant concerned: someone became ready or not ready. */
    readyChanged: z.object({ timerId: TimerId, participantId: ParticipantId, ready: z.boolean() }),
    /** To someone who just became a moderator: who is ready now. */
    readyList: z.object({ timerId: TimerId, readyIds: z.array(ParticipantId) }),
  },
  errors: {
    forbidden: Forbidden,
    /** A timer runs already; stop it first. */
    timerRunning: z.object({ timerId: TimerId }),
    /** No timer with that id is running. */
    noSuchTimer: z.object({ timerId: TimerId }),
    /** The title is longer than the limit (after trimming). */
    titleTooLong: z.object({ maxLength: z.number() }),
    /** A countdown needs a whole number of seconds within the limits. */
    invalidDuration: z.object({ minSeconds: z.number(), maxSeconds: z.number() }),
    /** A stopwatch counts up and takes no duration. */
    stopwatchHasNoDuration: z.object({}),
    /** The running timer has no ready check. */
    noReadyCheck: z.object({ timerId: TimerId }),
    /** Phone callers and the recorder are not asked whether they are ready. */
    notAsked: z.object({}),
  },
  /** `serverNow`: the server's clock when the state was made, so a client can correct its own clock's offset. */
  joinState: z.object({ running: RunningTimer.nullable(), serverNow: z.number() }),
});
export type TimerProtocol = typeof timerProtocol;
