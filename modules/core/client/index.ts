export { type CoreCommand, type CoreCommands, createCoreCommands, type SendCoreFrame } from './coreCommands.js';
export { type LeaveKind, leaveKind } from './leaveKind.js';
export { type Inbound, parseFrame } from './parseFrame.js';
export { reconnectDelay } from './reconnectDelay.js';
export { isModerator, type RoleAction, roleAction } from './roleActions.js';
export {
  type Admission,
  type CoreEvent,
  initialRoomState,
  otherParticipants,
  type RoomState,
  roomReducer,
  type SelfInfo,
  selfParticipant,
} from './roomReducer.js';
export {
  type ClosedReason,
  type ClosedStatus,
  type ConnectionStatus,
  SignalingConnection,
  type SignalingConnectionOptions,
  type SocketHandlers,
  type SocketLike,
  type TicketAnswer,
} from './SignalingConnection.js';
