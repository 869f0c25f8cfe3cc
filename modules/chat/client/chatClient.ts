import { defineClientModule } from '@plenum/client-kit';
import { type ChatProtocol, chatProtocol } from '../protocol.js';
import { announceChat, announceChatSwitch, type ChatAnnouncements } from './chatAnnouncements.js';
import { chatReducer, initChat } from './chatReducer.js';
import type { ChatState } from './chatState.js';

/**
 * The chat's client side: the group's messages, unread marks, this client's last refused command, and what to say
 * about it (also when moderators switch chat off or on).
 */
export const chatClient = defineClientModule<ChatProtocol, ChatState, ChatAnnouncements>({
  protocol: chatProtocol,
  init: initChat,
  reduce: chatReducer,
  announce: announceChat,
  announceSwitch: announceChatSwitch,
});
