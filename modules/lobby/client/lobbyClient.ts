import { defineClientModule } from '@plenum/client-kit';
import { type LobbyProtocol, lobbyProtocol } from '../protocol.js';
import { announceLobby, type LobbyAnnouncements } from './lobbyAnnouncements.js';
import { initLobby, type LobbyState, lobbyReducer } from './lobbyReducer.js';

/** The lobby's client side: the waiting room's policy for everyone, who waits for moderators. */
export const lobbyClient = defineClientModule<LobbyProtocol, LobbyState, LobbyAnnouncements>({
  protocol: lobbyProtocol,
  init: initLobby,
  reduce: lobbyReducer,
  announce: announceLobby,
});
