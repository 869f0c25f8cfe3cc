import {
  type Database,
  type EffectiveTenantSettings,
  MeetingAssetRepository,
  MeetingPresenceRepository,
  MeetingRepository,
  type RoomStore,
  type TenantRepository,
} from '@plenum/db';
import type { Logger } from '@plenum/room-kit';
import type { Kysely } from 'kysely';
import { AssetAccess } from './AssetAccess.js';
import type { AssetStore } from './AssetStore.js';
import { MeetingAssets } from './MeetingAssets.js';
import { MeetingJournal } from './MeetingJournal.js';

export interface MeetingsOptions {
  readonly db: Kysely<Database>;
  readonly store: AssetStore;
  readonly tenants: TenantRepository;
  /** Config `tenantDefaults`: the storage quota of a tenant that has not set its own. */
  readonly tenantDefaults: EffectiveTenantSettings;
  readonly presenceRetentionDays: number;
  readonly maxAssetBytes: number;
  readonly log: Logger;
}

/** Everything of meetings the composition root hands out: the host's history, the files, and the routes' parts. */
export interface Meetings {
  readonly meetings: MeetingRepository;
  readonly presence: MeetingPresenceRepository;
  /** For the room host (`RoomHostOptions.meetings`). */
  readonly history: MeetingJournal;
  /** Files of meetings, with the tenant's quota (what modules' exports go through). */
  readonly files: MeetingAssets;
  /** Who may download or delete an asset, judged against this room store. */
  readonly access: (rooms: RoomStore) => AssetAccess;
}

const MEGABYTE = 1024 * 1024;

/** Wires the meeting history and assets over one database and one asset store. */
export function createMeetings(o: MeetingsOptions): Meetings {
  const meetings = new MeetingRepository(o.db);
  const presence = new MeetingPresenceRepository(o.db);
  const assets = new MeetingAssetRepository(o.db);
  const quotaBytesOf = async (tenantId: string) =>
    ((await o.tenants.effectiveSettings(tenantId, o.tenantDefaults))?.storageMegabytes ?? 0) * MEGABYTE;
  return {
    meetings,
    presence,
    history: new MeetingJournal({
      meetings,
      presence,
      presenceRetentionDays: o.presenceRetentionDays,
      log: o.log.child({ part: 'meetings' }),
    }),
    files: new MeetingAssets({
      store: o.store,
      meetings,
      assets,
      quotaBytesOf,
      maxAssetBytes: o.maxAssetBytes,
      log: o.log.child({ part: 'assets' }),
    }),
    access: (rooms) => new AssetAccess({ rooms, meetings, presence, findAsset: (id) => assets.findById(id) }),
  };
}
