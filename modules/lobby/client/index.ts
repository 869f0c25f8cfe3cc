export { createLobbyCommands, type LobbyCommand, type LobbyCommands, type SendLobbyFrame } from './lobbyCommands.js';
export {
  canSendBack,
  initialLobbyState,
  type LobbyAction,
  type LobbyEvent,
  type LobbyJoinState,
  type LobbyState,
  lobbyReducer,
  parseLobbyJoinState,
} from './lobbyReducer.js';
