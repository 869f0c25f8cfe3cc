export { ChatPanel, type ChatPanelProps } from './ChatPanel.js';
export { type ChatMessages, chatMessages } from './chatMessages.js';
export { chatUi } from './chatUi.js';
export type { ChatUiMessages } from './chatUiMessages.js';
export { composerKey } from './composerKey.js';
