export {
  type Database,
  type GuestAccessMode,
  type GuestLinksTable,
  type GuestSessionsTable,
  guestAccessModes,
  type RoomDialInTable,
  type RoomsTable,
  type SessionsTable,
  type TenantsTable,
  type UsersTable,
  type WaitingRoomMode,
  waitingRoomModes,
} from './Database.js';
export type { DbLogger } from './DbLogger.js';
export {
  type GuestLink,
  type GuestLinkScope,
  type GuestSession,
  guestLinkState,
  type NewGuestLink,
} from './guests/GuestLink.js';
export { GuestLinkRepository } from './guests/GuestLinkRepository.js';
export { mergeTenantSettings } from './identity/mergeTenantSettings.js';
export { SessionRepository, type StoredSession } from './identity/SessionRepository.js';
export { type Tenant, TenantRepository, type TenantWithSettings } from './identity/TenantRepository.js';
export {
  type EffectiveTenantSettings,
  type TenantChoiceKey,
  type TenantChoices,
  type TenantFlagKey,
  type TenantFlags,
  type TenantLanguage,
  type TenantQuotaKey,
  type TenantQuotas,
  type TenantSettingKey,
  type TenantSettings,
  tenantChoiceKeys,
  tenantFlagKeys,
  tenantLanguages,
  tenantQuotaKeys,
  tenantSettingKeys,
} from './identity/TenantSettings.js';
export { type User, type UserProfile, UserRepository } from './identity/UserRepository.js';
export type {
  AssetVisibility,
  AttendanceEntry,
  AttendedMeeting,
  AttendeeScope,
  Meeting,
  MeetingAsset,
  MeetingWithAssets,
  NewMeeting,
  NewMeetingAsset,
  NewPresence,
  PresenceSession,
} from './meetings/Meeting.js';
export { MeetingAssetRepository, type QuotaInsert } from './meetings/MeetingAssetRepository.js';
export { MeetingPresenceRepository } from './meetings/MeetingPresenceRepository.js';
export { MeetingRepository } from './meetings/MeetingRepository.js';
export { meetingIdPattern, newMeetingId } from './meetings/newMeetingId.js';
export { personKeyOf } from './meetings/personKeyOf.js';
export { summarizeAttendance } from './meetings/summarizeAttendance.js';
export { MigrationError, migrateToLatest } from './migrateToLatest.js';
export type { DatabaseConfig, OpenDatabaseOptions, OpenedDatabase } from './openDatabase.js';
export { openDatabase } from './openDatabase.js';
export { DatabaseLockedError } from './pglite/DataDirLock.js';
export { PgliteDialect } from './pglite/PgliteDialect.js';
export { type RecordStream, RoomRecordRepository } from './records/RoomRecordRepository.js';
export { newRoomId } from './rooms/newRoomId.js';
export { pinMatches } from './rooms/pinMatches.js';
export type { NewRoom, Room, RoomChange, RoomOwnerScope, RoomPageCursor } from './rooms/Room.js';
export type { DialInTarget, RoomDialIn } from './rooms/RoomDialIn.js';
export { RoomDialInRepository, randomDialInDigits } from './rooms/RoomDialInRepository.js';
export { RoomRepository } from './rooms/RoomRepository.js';
export type { RoomStore } from './rooms/RoomStore.js';
