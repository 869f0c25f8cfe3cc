import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import type { ChatMessage, ChatProtocol } from '../protocol.js';
import { type ChatState, type ConversationKey, conversationOf } from './chatState.js';

const lastSeq = (messages: readonly ChatMessage[]): number => messages.at(-1)?.seq ?? 0;
const bySeq = (a: ChatMessage, b: ChatMessage): number => a.seq - b.seq;

/**
 * The chat's state from its part of a core `joined` (fresh, resumed, after admission): the
 * group's history as this client may read it, all of it read. Null when the server sent none
 * (chat is not in this room).
 */
export function initChat(join: JoinStateOf<ChatProtocol> | undefined): ChatState | null {
  if (!join) return null;
  const messages = [...join.messages].sort(bySeq);
  const keptForDays = join.keptForDays ?? null;
  return {
    messages,
    viewing: null,
    selected: 'room',
    read: {},
    baseline: lastSeq(messages),
    failure: null,
    keptForDays,
  };
}

/**
 * Pure reducer over the server's chat events and this client's own refused commands. A message
 * already held (same `seq`, e.g. from another device's echo) is not added twice; a message in the
 * conversation on view is read at once. `history` (moved to another group) replaces everything
 * and counts as read; `historyCleared` forgets every message. Returns the same object when
 * nothing changed.
 */
export function chatReducer(state: ChatState, input: ModuleInput<ChatProtocol>, context: ModuleContext): ChatState {
  switch (input.type) {
    case 'selfChanged':
    case 'participantJoined':
    case 'participantLeft':
      return state;
    case 'error':
      return { ...state, failure: { id: input.id, error: input.error } };
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'messageSent':
          return withMessage(state, event.message, context);
        case 'history': {
          const messages = [...event.messages].sort(bySeq);
          return { ...state, messages, read: {}, baseline: Math.max(state.baseline, lastSeq(messages)) };
        }
        case 'historyCleared':
          return state.messages.length === 0 ? state : { ...state, messages: [] };
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

function withMessage(state: ChatState, message: ChatMessage, context: ModuleContext): ChatState {
  if (state.messages.some((m) => m.seq === message.seq)) return state;
  const messages =
    message.seq > lastSeq(state.messages) ? [...state.messages, message] : [...state.messages, message].sort(bySeq);
  const key = conversationOf(message, context.self.participantId);
  const read =
    state.viewing === key ? { ...state.read, [key]: Math.max(state.read[key] ?? 0, message.seq) } : state.read;
  return { ...state, messages, read };
}

/**
 * This client shows `conversation` in the open chat panel (or closed the panel: null). Pure, for
 * the UI's local `update`: the conversation in view is read up to its latest message and is the
 * one the panel opens on next time.
 */
export function viewChat(state: ChatState, conversation: ConversationKey | null, context: ModuleContext): ChatState {
  if (conversation === null) return state.viewing === null ? state : { ...state, viewing: null };
  const self = context.self.participantId;
  let latest = 0;
  for (const m of state.messages) if (conversationOf(m, self) === conversation) latest = m.seq;
  const current = state.read[conversation] ?? 0;
  if (state.viewing === conversation && latest <= current) return state;
  return {
    ...state,
    viewing: conversation,
    selected: conversation,
    read: latest > current ? { ...state.read, [conversation]: latest } : state.read,
  };
}
