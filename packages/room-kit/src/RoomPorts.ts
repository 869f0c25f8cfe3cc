import type { MediaPlane } from '@plenum/media';
import type { RoomAssets } from './RoomAssets.js';
import type { RoomAttendance } from './RoomAttendance.js';
import type { RoomGuestLinks } from './RoomGuestLinks.js';
import type { RoomRecordStore, RoomRecords } from './RoomRecords.js';
import type { RoomSigner } from './RoomSigner.js';

/** The ports a room's host injects. Each is an interface; the server injects the real ones. */
export interface RoomPorts {
  readonly media: MediaPlane;
  readonly records: RoomRecordStore;
  /** Signs audit-chain heads with the installation key (the legal vote's record). */
  readonly signer: RoomSigner;
  /** Stores generated files as assets of the room's current meeting (bound to it by the host). */
  readonly assets: RoomAssets;
  /**
   * Reads who attended the room's current meeting (bound to it by the host); absent: the room records no meeting
   * (`noRoomAttendance`).
   */
  readonly attendance?: RoomAttendance;
  /** Closes the room's guest links and gives uses back (bound to the room by the host); absent: `noRoomGuestLinks`. */
  readonly guestLinks?: RoomGuestLinks;
}

/** The ports as one module sees them: records bound to its room and namespace. */
export interface ModulePorts {
  readonly media: MediaPlane;
  readonly records: RoomRecords;
  readonly signer: RoomSigner;
  readonly assets: RoomAssets;
  readonly attendance: RoomAttendance;
  readonly guestLinks: RoomGuestLinks;
}
