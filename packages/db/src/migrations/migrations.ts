import type { Migration } from 'kysely';
import { createRooms } from './0001_createRooms.js';
import { createIdentity } from './0002_createIdentity.js';
import { addTenantSettings } from './0003_addTenantSettings.js';
import { addRoomOwnership } from './0004_addRoomOwnership.js';
import { createGuestAccess } from './0005_createGuestAccess.js';
import { createRoomRecords } from './0006_createRoomRecords.js';
import { createRoomDialIn } from './0007_createRoomDialIn.js';
import { createMeetings } from './0008_createMeetings.js';
import { addTenantLanguage } from './0009_addTenantLanguage.js';

/**
 * Every migration, in order, listed by hand. The server is bundled with esbuild, so there is no migrations folder
 * to scan at run time; and an explicit list means nothing is applied just because a file happens to exist.
 *
 * Names sort lexically in the order they must run (Kysely checks this) and never change once released: the name is
 * what the database remembers. Append new entries; never edit or remove one that has shipped.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_create_rooms': createRooms,
  '0002_create_identity': createIdentity,
  '0003_add_tenant_settings': addTenantSettings,
  '0004_add_room_ownership': addRoomOwnership,
  '0005_create_guest_access': createGuestAccess,
  '0006_create_room_records': createRoomRecords,
  '0007_create_room_dial_in': createRoomDialIn,
  '0008_create_meetings': createMeetings,
  '0009_add_tenant_language': addTenantLanguage,
};
