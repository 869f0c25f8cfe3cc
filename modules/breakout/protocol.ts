import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/**
 * Limits of the breakout module, shared by server checks, client forms and error texts. The server
 * answers a command that breaks one with a typed error carrying the limit.
 */
export const breakoutLimits = {
  maxRooms: 100,
  /** A room name after normalisation (whitespace collapsed, invisible characters removed). */
  roomNameMaxLength: 40,
  minDurationSeconds: 60,
  maxDurationSeconds: 8 * 60 * 60,
  /** The countdown before everyone returns, when `close` does not say otherwise, and before a set duration ends. */
  defaultWarningSeconds: 60,
  maxWarningSeconds: 300,
  /** A message to all rooms, after normalisation. */
  messageMaxLength: 500,
} as const;

/**
 * Structural caps of the wire format, far above the product limits, so that a parse stays cheap;
 * the product limits above are checked by the module and answered with typed errors.
 */
const wireStringMax = 2000;
const wireListMax = 1000;

/** A breakout room's id, given by the server when the rooms open (`r1` … `r100`). */
export const BreakoutRoomId = z.string().min(1).max(16);
export type BreakoutRoomId = z.infer<typeof BreakoutRoomId>;

/** One breakout room. `name` null: the UI calls it by its number ("Room 3"). */
export const BreakoutRoomInfo = z.object({
  id: BreakoutRoomId,
  /** 1-based position, stable for the session. */
  number: z.number().int().min(1),
  name: z.string().nullable(),
});
export type BreakoutRoomInfo = z.infer<typeof BreakoutRoomInfo>;

/** Where one participant is while breakout rooms run; participants not listed are in the main room. */
export const BreakoutAssignment = z.object({ participantId: ParticipantId, roomId: BreakoutRoomId });
export type BreakoutAssignment = z.infer<typeof BreakoutAssignment>;

/** A moderator's message to every room (and the main room). Plain text; never rendered as HTML. */
export const BreakoutMessage = z.object({ text: z.string(), from: ParticipantId, sentAt: z.number() });
export type BreakoutMessage = z.infer<typeof BreakoutMessage>;

/** `moderator`: someone pressed "close all"; `timeUp`: the duration set at the start ran out. */
export const ClosingReason = z.enum(['moderator', 'timeUp']);
export type ClosingReason = z.infer<typeof ClosingReason>;

/** The countdown before everyone returns to the main room. */
export const BreakoutClosing = z.object({ endsAt: z.number(), reason: ClosingReason });
export type BreakoutClosing = z.infer<typeof BreakoutClosing>;

/**
 * Running breakout rooms as a joiner gets them. Times are milliseconds since the epoch on the
 * server's clock; `serverNow` lets a client with a skewed clock count down correctly.
 */
export const BreakoutSessionInfo = z.object({
  rooms: z.array(BreakoutRoomInfo),
  assignments: z.array(BreakoutAssignment),
  /** When the set duration runs out (the closing warning starts before it); null without a duration. */
  endsAt: z.number().nullable(),
  closing: BreakoutClosing.nullable(),
  /** Participants may go to a room of their choice (and back). */
  freeChoice: z.boolean(),
  /** The latest message to all rooms, for those who arrive after it. */
  message: BreakoutMessage.nullable(),
  serverNow: z.number(),
});
export type BreakoutSessionInfo = z.infer<typeof BreakoutSessionInfo>;

/**
 * How people are put into rooms when they open: `random` deals everyone but moderators and the
 * recorder evenly over the rooms; `manual` moves exactly the listed people (moderators too), by
 * 1-based room number; everyone else stays in the main room.
 */
export const BreakoutAssignmentMode = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('random') }),
  z.object({
    mode: z.literal('manual'),
    assignments: z.array(z.object({ participantId: ParticipantId, room: z.number().int() })).max(wireListMax),
  }),
]);
export type BreakoutAssignmentMode = z.infer<typeof BreakoutAssignmentMode>;

/**
 * Breakout rooms: a moderator splits the meeting into up to 100 rooms. People move with their
 * media (the runtime's groups: they see and hear only their room), moderators may visit any
 * room, a message can go to all rooms, and "close all" brings everyone back after a countdown.
 * Every command but `goTo` needs moderator rights; `goTo` is open to everyone while free choice
 * is on. A refused command changes nothing and is answered to its issuer only.
 */
export const breakoutProtocol = defineProtocol({
  ns: 'breakout',
  commands: {
    /**
     * Opens the rooms: one entry per room, its name or '' for a numbered room. With
     * `durationSeconds`, closing starts by itself (the warning runs before the end).
     */
    start: z.object({
      rooms: z.array(z.string().max(wireStringMax)).max(wireListMax),
      assignment: BreakoutAssignmentMode,
      durationSeconds: z.number().int().optional(),
      freeChoice: z.boolean().optional(),
    }),
    /** Moves one participant to a room, or back to the main room (null), while the rooms run. */
    assign: z.object({ participantId: ParticipantId, roomId: BreakoutRoomId.nullable() }),
    /** Moves yourself: moderators always (visit a room, return with null); others only with free choice. */
    goTo: z.object({ roomId: BreakoutRoomId.nullable() }),
    /** Turns free choice on or off while the rooms run. */
    setFreeChoice: z.object({ freeChoice: z.boolean() }),
    /** Sends a plain-text message to everyone in every room and the main room. */
    message: z.object({ text: z.string().max(wireStringMax) }),
    /**
     * Closes all rooms after a countdown (default 60 s) announced to everyone; then everyone
     * returns to the main room. While closing, a shorter countdown replaces the running one.
     */
    close: z.object({ warningSeconds: z.number().int().optional() }),
  },
  events: {
    /** To everyone: the rooms opened, with who is where. */
    started: BreakoutSessionInfo,
    /** To everyone: a participant moved (null: to the main room). */
    moved: z.object({ participantId: ParticipantId, roomId: BreakoutRoomId.nullable() }),
    /** To everyone: free choice was turned on or off. */
    freeChoiceChanged: z.object({ freeChoice: z.boolean() }),
    /** To everyone in every room: a moderator's message (show it prominently and announce it). */
    message: BreakoutMessage,
    /** To everyone: the rooms close at `endsAt`. */
    closing: BreakoutClosing.extend({ serverNow: z.number() }),
    /** To everyone: the rooms are closed and everyone is back in the main room. */
    closed: z.object({}),
  },
  errors: {
    forbidden: Forbidden,
    /** Rooms are already open: close them first. */
    alreadyRunning: z.object({}),
    /** No breakout rooms are open. */
    notRunning: z.object({}),
    /** Between 1 and `maxRooms` rooms. */
    invalidRoomCount: z.object({ minRooms: z.number(), maxRooms: z.number() }),
    /** A room name is longer than `maxLength` after normalisation. */
    roomNameTooLong: z.object({ maxLength: z.number() }),
    invalidDuration: z.object({ minSeconds: z.number(), maxSeconds: z.number() }),
    invalidWarning: z.object({ minSeconds: z.number(), maxSeconds: z.number() }),
    /** A manual assignment names a room number that does not exist. */
    roomOutOfRange: z.object({ room: z.number(), maxRoom: z.number() }),
    /** No room with that id is open. */
    unknownRoom: z.object({ roomId: BreakoutRoomId }),
    /** No participant with that id is in the meeting. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** The recorder is never moved into a breakout room. */
    cannotAssign: z.object({ participantId: ParticipantId }),
    emptyMessage: z.object({}),
    messageTooLong: z.object({ maxLength: z.number() }),
    /** The rooms already close at `endsAt`, no later than the countdown asked for. */
    alreadyClosing: z.object({ endsAt: z.number() }),
  },
  joinState: z.object({ session: BreakoutSessionInfo.nullable() }),
});
export type BreakoutProtocol = typeof breakoutProtocol;
