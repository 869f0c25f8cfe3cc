import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/**
 * Limits of the chat, shared by the server's checks and the client's input (counter, pacing).
 * Lengths count Unicode code points of the normalised text (see `normalizeMessageText`).
 */
export const chatLimits = {
  /** Longest message after normalising (trimmed, control characters removed). */
  maxMessageLength: 2000,
  /** The client shows a character counter from this length on. */
  counterFrom: 1800,
  /** Messages kept per conversation space (the main room, each breakout group); older ones are dropped. */
  historyPerGroup: 500,
  /** Per participant: a burst of this many messages … */
  burst: 5,
  /** … then one more every this many milliseconds (token bucket). */
  refillMs: 2000,
} as const;

/** Every control character but `\n` (C0, DEL, C1), and the bidi embeddings, overrides and isolates. */
const unwanted = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * The text as it is stored and shown: line breaks unified to `\n`, tabs as spaces, every other
 * control character and the bidi controls (which could make text read backwards) removed, then
 * trimmed, with at most one empty line in a row. Plain text: no client ever interprets it as
 * HTML or markdown. Client and server use this one function, so the counter the person sees is
 * the length the server checks.
 */
export function normalizeMessageText(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(unwanted, ''))
    .join('\n')
    .trim()
    .replace(/\n{3,}/g, '\n\n');
}

/** Length of a normalised text as the limit counts it: code points, so an emoji is not two. */
export function messageLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * One message as everyone who may read it sees it. Names are stored with it, so a message of
 * someone who has left (or was renamed since) still shows who wrote it, and to whom.
 */
export const ChatMessage = z.object({
  /** Increases with every message of the room; orders messages and identifies them. */
  seq: z.number().int().nonnegative(),
  from: ParticipantId,
  fromName: z.string(),
  /** Present for a private message: the one recipient. */
  to: ParticipantId.optional(),
  toName: z.string().optional(),
  text: z.string(),
  /** Milliseconds since the epoch, server clock. */
  at: z.number(),
  /** From an earlier meeting in this room: its tenant keeps chat. `from` then names nobody in the room. */
  earlier: z.literal(true).optional(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/** Why a private message cannot go to `participantId`. */
export const RecipientProblem = z.enum([
  /** Nobody with that id is in the room (any more). */
  'notInRoom',
  /** They are in another breakout group: chat stays within a group. */
  'otherGroup',
  /** A private message to yourself. */
  'self',
  /** A phone caller or the recorder: they cannot read chat. */
  'cannotRead',
]);

/**
 * Chat: messages to everyone in the sender's group (the main room or one breakout group) and
 * private messages to one participant of the same group. History lives in memory, per group,
 * capped at `chatLimits.historyPerGroup`, and ends with the meeting, unless the tenant keeps chat:
 * then the main room's public messages are also stored for the tenant's retention time and come
 * back (marked `earlier`) in the room's next meetings. Private and breakout-room messages are
 * never kept. Every refusal goes to the issuer only and changes nothing.
 */
export const chatProtocol = defineProtocol({
  ns: 'chat',
  commands: {
    /**
     * Sends `text` to everyone in your group, or with `to` privately to one participant of your
     * group. The text is normalised (`normalizeMessageText`) and must then be 1 to
     * `maxMessageLength` characters. The frame cap bounds the raw input.
     */
    send: z.object({ text: z.string(), to: ParticipantId.optional() }),
    /** Owner or moderator only: removes every message (public and private) of their current group. */
    clearHistory: z.object({}),
  },
  events: {
    /** A message: public ones to the sender's group, private ones to sender and recipient only (every device). */
    messageSent: z.object({ message: ChatMessage }),
    /** To the group: a moderator removed its history; clients forget every message. */
    historyCleared: z.object({ by: ParticipantId, byName: z.string() }),
    /**
     * To a participant who moved to another group (breakout room or back): that group's history
     * as they may read it, replacing what they had. Also to everyone in the main room when kept
     * messages of earlier meetings have been read back, shortly after the meeting started.
     */
    history: z.object({ messages: z.array(ChatMessage) }),
  },
  errors: {
    forbidden: Forbidden,
    /** Nothing left after normalising. */
    emptyMessage: z.object({}),
    /** The normalised text is longer than the limit. */
    messageTooLong: z.object({ maxLength: z.number(), length: z.number() }),
    /** Slow down: the next message is accepted after `retryAfterMs`. */
    slowDown: z.object({ retryAfterMs: z.number(), burst: z.number(), refillMs: z.number() }),
    /** The private message's recipient cannot get it. */
    invalidRecipient: z.object({ participantId: ParticipantId, reason: RecipientProblem }),
  },
  /**
   * The joiner's group history, oldest first: public messages and private ones they sent or received.
   * `keptForDays`: the tenant keeps this room's public chat (main room only) for that many days.
   */
  joinState: z.object({ messages: z.array(ChatMessage), keptForDays: z.number().int().positive().optional() }),
});
export type ChatProtocol = typeof chatProtocol;
