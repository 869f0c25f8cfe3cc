import type { ModuleContext } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import type { ChatMessage } from '../protocol.js';
import { type ChatState, type ConversationKey, conversationOf } from './chatState.js';

/** One entry of the conversation switcher. `name` is empty for the room conversation. */
export interface Conversation {
  readonly key: ConversationKey;
  readonly name: string;
  readonly unread: number;
  /** `seq` of its latest message (0: none yet). */
  readonly latest: number;
}

function readMark(state: ChatState, key: ConversationKey): number {
  return Math.max(state.baseline, state.read[key] ?? 0);
}

/** Unread messages per conversation (only conversations with unread messages are listed). */
export function unreadCounts(state: ChatState, self: ParticipantId): Readonly<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const m of state.messages) {
    if (m.from === self) continue;
    const key = conversationOf(m, self);
    if (m.seq > readMark(state, key)) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Unread messages in all conversations: the toolbar badge. */
export function totalUnread(state: ChatState, self: ParticipantId): number {
  return Object.values(unreadCounts(state, self)).reduce((sum, n) => sum + n, 0);
}

/** The messages of one conversation, oldest first. */
export function messagesOf(state: ChatState, key: ConversationKey, self: ParticipantId): readonly ChatMessage[] {
  return state.messages.filter((m) => conversationOf(m, self) === key);
}

/**
 * The conversation switcher: the room first, then private conversations, latest activity first.
 * A partner's name is their current one from the roster, else the one stored with the messages
 * (they have left). `open` adds a private conversation that has no messages yet.
 */
export function conversations(
  state: ChatState,
  context: ModuleContext,
  open: ConversationKey | null = null,
): readonly Conversation[] {
  const self = context.self.participantId;
  const unread = unreadCounts(state, self);
  const partners = new Map<ParticipantId, { name: string; latest: number }>();
  let roomLatest = 0;
  for (const m of state.messages) {
    const key = conversationOf(m, self);
    if (key === 'room') {
      roomLatest = m.seq;
      continue;
    }
    partners.set(key, { name: (m.from === self ? m.toName : m.fromName) ?? '', latest: m.seq });
  }
  if (open !== null && open !== 'room' && !partners.has(open)) partners.set(open, { name: '', latest: 0 });
  const privates = [...partners.entries()]
    .map(([key, { name, latest }]) => ({
      key,
      name: context.participants.find((p) => p.id === key)?.displayName ?? name,
      unread: unread[key] ?? 0,
      latest,
    }))
    .sort((a, b) => b.latest - a.latest);
  return [{ key: 'room', name: '', unread: unread.room ?? 0, latest: roomLatest }, ...privates];
}

/** Who this client can write to privately: people in its own group who can read chat, by name. */
export function privateRecipients(context: ModuleContext): readonly ParticipantInfo[] {
  const me = context.participants.find((p) => p.id === context.self.participantId);
  const group = me?.group ?? null;
  return context.participants
    .filter((p) => p.id !== context.self.participantId && p.group === group)
    .filter((p) => p.kind !== 'phone' && p.kind !== 'recorder')
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
