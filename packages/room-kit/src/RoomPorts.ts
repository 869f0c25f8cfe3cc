import type { MediaPlane } from '@plenum/media';
import type { RoomRecordStore, RoomRecords } from './RoomRecords.js';

/** The ports a room's host injects. Each is an interface; the server injects the real ones. */
export interface RoomPorts {
  readonly media: MediaPlane;
  readonly records: RoomRecordStore;
}

/** The ports as one module sees them: records bound to its room and namespace. */
export interface ModulePorts {
  readonly media: MediaPlane;
  readonly records: RoomRecords;
}
