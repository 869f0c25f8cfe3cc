export { FakeClock } from './FakeClock.js';
export { FakeRoomAttendance } from './FakeRoomAttendance.js';
export { MemoryRecordStore } from './MemoryRecordStore.js';
export { MemoryRoomAssets, type StoredRoomAsset } from './MemoryRoomAssets.js';
export { Inbox, type Persona, type PersonaName, personas } from './Persona.js';
export { type ProbeSeen, type RuntimeProbeOptions, runtimeProbe } from './RuntimeProbe.js';
export { describeRecordStoreContract } from './recordStoreContract.js';
export { type JoinOverrides, TestPersona, TestRoom, type TestRoomOptions } from './TestRoom.js';
export { testInstallationKey } from './testInstallationKey.js';
