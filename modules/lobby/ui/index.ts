export type { LobbyUiMessages } from './lobbyUiMessages.js';
export { WaitingPanel, type WaitingPanelProps } from './WaitingPanel.js';
export { playWaitingChime } from './waitingChime.js';
