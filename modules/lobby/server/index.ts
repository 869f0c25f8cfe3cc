export { LobbyModule, lobbyModule } from './LobbyModule.js';
