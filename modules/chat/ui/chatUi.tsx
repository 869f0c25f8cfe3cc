import { defineUiModule } from '@plenum/client-kit/ui';
import type { ChatAnnouncements } from '../client/chatAnnouncements.js';
import { chatClient } from '../client/chatClient.js';
import { clearHistory, sendMessage } from '../client/chatCommands.js';
import { viewChat } from '../client/chatReducer.js';
import { totalUnread } from '../client/chatSelectors.js';
import type { ChatState } from '../client/chatState.js';
import { type ChatProtocol, chatProtocol } from '../protocol.js';
import { ChatIcon } from './ChatIcon.js';
import { ChatPanel } from './ChatPanel.js';
import { type ChatMessages, chatMessages } from './chatMessages.js';

/**
 * The chat in the conference: a "Chat" toolbar button with the number of unread messages, and
 * the chat side panel. Announcements ("New message from …") come from the client module; the
 * panel's message list is a polite live log of its own.
 */
export const chatUi = defineUiModule<ChatProtocol, ChatState, ChatMessages, ChatAnnouncements>({
  client: chatClient,
  messages: chatMessages,
  toolbar: ({ state, self, messages }) => ({
    label: messages.openPanel,
    icon: <ChatIcon />,
    badge: totalUnread(state, self.participantId),
  }),
  panel: ({ state, self, participants, policy, send, update, messages, headingId, onClose }) => {
    const context = { self, participants };
    return (
      <ChatPanel
        state={state}
        context={context}
        switchedOff={policy?.switchedOff.includes(chatProtocol.ns) ?? false}
        moderator={self.moderator}
        words={messages.panel}
        headingId={headingId}
        onClose={onClose}
        onSend={(text, to) => send(sendMessage(text, to))}
        onClear={() => send(clearHistory())}
        onView={(conversation) => update?.((s) => viewChat(s, conversation, context))}
      />
    );
  },
});
