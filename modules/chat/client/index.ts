export { announceChat, announceChatSwitch, type ChatAnnouncements } from './chatAnnouncements.js';
export { chatClient } from './chatClient.js';
export { clearHistory, sendMessage } from './chatCommands.js';
export { chatReducer, initChat, viewChat } from './chatReducer.js';
export {
  type Conversation,
  conversations,
  messagesOf,
  privateRecipients,
  totalUnread,
  unreadCounts,
} from './chatSelectors.js';
export { type ChatFailure, type ChatState, type ConversationKey, conversationOf } from './chatState.js';
