import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { ChatProtocol } from '../protocol.js';
import type { ConversationKey } from './chatState.js';

/** A message to the conversation `to`: the room, or privately to one participant. */
export function sendMessage(text: string, to: ConversationKey): CommandOf<ChatProtocol> {
  return to === 'room' ? { action: 'send', text } : { action: 'send', text, to: to as ParticipantId };
}

/** Moderators: clear the chat of their group. */
export function clearHistory(): CommandOf<ChatProtocol> {
  return { action: 'clearHistory' };
}
