export { type Clock, systemClock, type TimerId } from './Clock.js';
export { type Logger, silentLogger } from './Logger.js';
export {
  type AnyModuleDefinition,
  defineModule,
  type ModuleDefinition,
  type ModuleInstance,
  type RoomSettings,
} from './Module.js';
export type { ModuleContext, Outcome, Recipient, TimerHandle } from './ModuleContext.js';
export { FatalModuleError, ModuleError } from './ModuleError.js';
export type { Issuer, LeaveReason, Participant, ParticipantKind, Presence, Role } from './Participant.js';
export { type JoinRequest, Room, type RoomOptions } from './Room.js';
export type { RoomPorts } from './RoomPorts.js';
export type { RoomTransport } from './RoomTransport.js';
