import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, MeetingAssetsTable } from '../Database.js';
import type { MeetingAsset, NewMeetingAsset } from './Meeting.js';

/** Outcome of {@link MeetingAssetRepository.insertWithinQuota}. */
export type QuotaInsert =
  | { readonly ok: true; readonly asset: MeetingAsset }
  | { readonly ok: false; readonly reason: 'quotaExceeded'; readonly usedBytes: number }
  | { readonly ok: false; readonly reason: 'meetingNotFound' };

/**
 * The `meeting_assets` table: generated files of meetings (the bytes are in the asset store, under `storage_key`).
 * The sum of a tenant's asset sizes is what its `storageMegabytes` quota limits.
 */
export class MeetingAssetRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Bytes the tenant's assets take. */
  async usedBytes(tenantId: string): Promise<number> {
    const row = await this.#db
      .selectFrom('meeting_assets')
      .select(sql<string>`coalesce(sum(size), 0)::text`.as('used'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return Number(row.used);
  }

  /**
   * Adds the asset to its meeting (and the meeting's tenant) unless the tenant's assets would then take more than
   * `quotaBytes`. The tenant's row is locked for the check, so two concurrent inserts cannot both slip under it.
   */
  async insertWithinQuota(asset: NewMeetingAsset, quotaBytes: number): Promise<QuotaInsert> {
    return this.#db.transaction().execute(async (trx): Promise<QuotaInsert> => {
      const meeting = await trx
        .selectFrom('meetings')
        .select('tenant_id')
        .where('id', '=', asset.meetingId)
        .executeTakeFirst();
      if (!meeting) return { ok: false, reason: 'meetingNotFound' };
      await trx.selectFrom('tenants').select('id').where('id', '=', meeting.tenant_id).forUpdate().execute();
      const used = await new MeetingAssetRepository(trx).usedBytes(meeting.tenant_id);
      if (used + asset.size > quotaBytes) return { ok: false, reason: 'quotaExceeded', usedBytes: used };
      const row = await trx
        .insertInto('meeting_assets')
        .values({
          id: asset.id,
          meeting_id: asset.meetingId,
          tenant_id: meeting.tenant_id,
          kind: asset.kind,
          filename: asset.filename,
          media_type: asset.mediaType,
          size: asset.size,
          sha256: asset.sha256,
          storage_key: asset.storageKey,
          visibility: asset.visibility,
          created_by: asset.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ok: true, asset: toMeetingAsset(row) };
    });
  }

  async findById(id: string): Promise<MeetingAsset | undefined> {
    const row = await this.#db.selectFrom('meeting_assets').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toMeetingAsset(row);
  }

  /** Deletes the row; resolves it (for its storage key), or undefined when there was none. */
  async delete(id: string): Promise<MeetingAsset | undefined> {
    const row = await this.#db.deleteFrom('meeting_assets').where('id', '=', id).returningAll().executeTakeFirst();
    return row === undefined ? undefined : toMeetingAsset(row);
  }
}

export function toMeetingAsset(row: Selectable<MeetingAssetsTable>): MeetingAsset {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    tenantId: row.tenant_id,
    kind: row.kind,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    storageKey: row.storage_key,
    visibility: row.visibility,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}
