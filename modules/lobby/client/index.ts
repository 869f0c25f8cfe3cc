export { announceLobby, type LobbyAnnouncements } from './lobbyAnnouncements.js';
export { lobbyClient } from './lobbyClient.js';
export { canSendBack, initLobby, type LobbyJoinState, type LobbyState, lobbyReducer } from './lobbyReducer.js';
