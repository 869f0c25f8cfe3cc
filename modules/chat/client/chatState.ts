import type { ErrorOf, ParticipantId } from '@plenum/protocol';
import type { ChatMessage, ChatProtocol } from '../protocol.js';

/** A conversation: `room` (everyone in this client's group) or the partner of a private conversation. */
export type ConversationKey = 'room' | ParticipantId;

/** The conversation a message belongs to, as `self` sees it. */
export function conversationOf(message: ChatMessage, self: ParticipantId): ConversationKey {
  if (message.to === undefined) return 'room';
  return message.from === self ? message.to : message.from;
}

/** One of this client's own commands the server refused, with the command id `send` returned. */
export interface ChatFailure {
  readonly id: string | undefined;
  readonly error: ErrorOf<ChatProtocol>;
}

/**
 * The chat as this client sees it. Unread counts are client-side: a conversation's messages from
 * others above its read mark are unread; `baseline` marks everything that came as history
 * (join state, group change) as read, and a conversation in view is read as messages arrive.
 */
export interface ChatState {
  /** Every message this client may read in its group, ordered by `seq`. */
  readonly messages: readonly ChatMessage[];
  /** The conversation shown in the open chat panel; null while the panel is closed. */
  readonly viewing: ConversationKey | null;
  /** The conversation the panel shows when it opens (the last one viewed). */
  readonly selected: ConversationKey;
  /** Highest `seq` seen per conversation. */
  readonly read: Readonly<Record<string, number>>;
  /** Messages up to this `seq` count as read everywhere (history is not news). */
  readonly baseline: number;
  /** The last of this client's commands that the server refused (the panel restores its draft). */
  readonly failure: ChatFailure | null;
  /** The tenant keeps this room's public main-room chat for this many days; null: chat ends with the meeting. */
  readonly keptForDays: number | null;
}
