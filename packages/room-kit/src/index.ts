export { type Clock, systemClock, type TimerId } from './Clock.js';
export { Forbidden } from './Forbidden.js';
export { type Logger, silentLogger } from './Logger.js';
export {
  type AnyModuleDefinition,
  defineModule,
  type ModuleDefinition,
  type ModuleInstance,
  type RoomCloseReason,
  type RoomSettings,
} from './Module.js';
export type {
  AdmitResult,
  BroadcastOptions,
  ControlResult,
  GroupMove,
  ModuleContext,
  Outcome,
  PermissionChange,
  Recipient,
  RemoveResult,
  RoomPolicy,
  SendBackResult,
  SetRoleResult,
  TimerHandle,
} from './ModuleContext.js';
export { FatalModuleError, ModuleError } from './ModuleError.js';
export {
  type Issuer,
  isModerator,
  type LeaveReason,
  mayModerate,
  moderatorRoles,
  type Participant,
  type ParticipantChange,
  type ParticipantKind,
  type ParticipantUpdate,
  type Permissions,
  type Presence,
  type RemovalReason,
  type Role,
} from './Participant.js';
export { type JoinRequest, Room, type RoomOptions } from './Room.js';
export {
  noRoomAssets,
  type RoomAssetRefusal,
  RoomAssetRefused,
  type RoomAssetSpec,
  type RoomAssets,
} from './RoomAssets.js';
export {
  type AttendeeKind,
  attendeeKind,
  attendeeKinds,
  noRoomAttendance,
  type RoomAttendance,
  type RoomAttendanceList,
  type RoomAttendee,
  type RoomPresencePeriod,
} from './RoomAttendance.js';
export { ConcludedVote, NamedBallot, type RoomFact } from './RoomFact.js';
export { type ClosedGuestLink, type GuestLinkRef, noRoomGuestLinks, type RoomGuestLinks } from './RoomGuestLinks.js';
export type { ModulePorts, RoomPorts } from './RoomPorts.js';
export { type RecordStreamKey, type RoomRecordStore, type RoomRecords, recordsFor } from './RoomRecords.js';
export { installationSigner, type RoomSigner } from './RoomSigner.js';
export type { RoomTransport } from './RoomTransport.js';
export { mustWait, type WaitingEnd, type WaitingPerson, type WaitingRoomPolicy } from './WaitingList.js';
