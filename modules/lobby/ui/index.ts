export { type LobbyMessages, lobbyMessages } from './lobbyMessages.js';
export { lobbyUi } from './lobbyUi.js';
export type { LobbyUiMessages } from './lobbyUiMessages.js';
export { WaitingPanel, type WaitingPanelProps } from './WaitingPanel.js';
export { WaitingPolicyChoice, type WaitingPolicyChoiceProps } from './WaitingPolicyChoice.js';
export { playWaitingChime } from './waitingChime.js';
