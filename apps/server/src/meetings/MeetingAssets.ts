import type { Readable } from 'node:stream';
import type { MeetingAsset, MeetingAssetRepository, MeetingRepository } from '@plenum/db';
import { newMeetingId } from '@plenum/db';
import type { Logger } from '@plenum/room-kit';
import { z } from 'zod';
import { type AssetStore, AssetTooLarge } from './AssetStore.js';
import { QuotaExceeded } from './QuotaExceeded.js';
import { safeFilename } from './safeFilename.js';

/** What the caller says about a generated file; checked before a byte is read. */
export const AssetSpec = z.strictObject({
  /** What it is (`vote-protocol`, `vote-report`, `minutes-pdf`, `minutes-markdown`, `attendance-pdf`). */
  kind: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/),
  /** Made safe (see `safeFilename`) before it is stored. */
  filename: z.string().min(1).max(1000),
  /** A plain media type, optionally with a charset (`text/markdown; charset=utf-8`). */
  mediaType: z
    .string()
    .max(127)
    .regex(/^[a-z]+\/[a-z0-9][a-z0-9.+-]*(; charset=utf-8)?$/),
  visibility: z.enum(['moderators', 'participants']),
  /** The user who caused it (the vote's initiator, the moderator exporting); null for the system. */
  createdBy: z.string().min(1).nullable(),
});
export type AssetSpec = z.infer<typeof AssetSpec>;

/** There is no such meeting (any more): nothing was stored. */
export class MeetingNotFound extends Error {
  override readonly name = 'MeetingNotFound';
  readonly code = 'meetingNotFound';
}

export interface MeetingAssetsOptions {
  readonly store: AssetStore;
  readonly meetings: MeetingRepository;
  readonly assets: MeetingAssetRepository;
  /** The tenant's storage quota in bytes (`storageMegabytes` with the installation default filled in). */
  readonly quotaBytesOf: (tenantId: string) => Promise<number>;
  /**
   * No single asset is larger than this, whatever the quota. Config `meetings.maxAssetMegabytes` (default 100 MiB: far
   * above a PDF report or a protocol, far below anything that would hurt the machine).
   */
  readonly maxAssetBytes: number;
  readonly log: Logger;
}

/**
 * The files of meetings: bytes in the {@link AssetStore}, a row in `meeting_assets`, and the tenant's storage quota
 * enforced on every put. This is what the legal-vote, minutes and attendance modules store their exports through.
 *
 * The quota counts the tenant's assets only; kept chat records do not count (they are small, and a chat message
 * cannot sensibly be refused for lack of space; see the report of issue 7).
 */
export class MeetingAssets {
  readonly #o: MeetingAssetsOptions;

  constructor(options: MeetingAssetsOptions) {
    this.#o = options;
  }

  /**
   * Stores the bytes as an asset of the meeting. Rejects with {@link QuotaExceeded} (nothing kept) when the tenant's
   * assets would take more than its quota, {@link AssetTooLarge} beyond `maxAssetBytes`, {@link MeetingNotFound} for an
   * unknown meeting, and a zod error for an invalid spec.
   */
  async put(meetingId: string, spec: AssetSpec, data: Readable | AsyncIterable<Uint8Array>): Promise<MeetingAsset> {
    const checked = AssetSpec.parse(spec);
    const meeting = await this.#o.meetings.findById(meetingId);
    if (!meeting) throw new MeetingNotFound(`No meeting ${meetingId}`);
    const quotaBytes = await this.#o.quotaBytesOf(meeting.tenantId);
    const usedBytes = await this.#o.assets.usedBytes(meeting.tenantId);
    const room = Math.max(0, quotaBytes - usedBytes);
    const limit = Math.min(room, this.#o.maxAssetBytes);
    let stored: Awaited<ReturnType<AssetStore['put']>>;
    try {
      stored = await this.#o.store.put(data, { maxBytes: limit });
    } catch (error) {
      if (error instanceof AssetTooLarge && limit < this.#o.maxAssetBytes) {
        throw new QuotaExceeded(usedBytes, quotaBytes, limit + 1);
      }
      throw error;
    }
    try {
      const inserted = await this.#o.assets.insertWithinQuota(
        {
          id: newMeetingId(),
          meetingId,
          kind: checked.kind,
          filename: safeFilename(checked.filename),
          mediaType: checked.mediaType,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          visibility: checked.visibility,
          createdBy: checked.createdBy,
        },
        quotaBytes,
      );
      if (inserted.ok) return inserted.asset;
      if (inserted.reason === 'quotaExceeded') throw new QuotaExceeded(inserted.usedBytes, quotaBytes, stored.size);
      throw new MeetingNotFound(`No meeting ${meetingId}`);
    } catch (error) {
      await this.#o.store.delete(stored.key);
      throw error;
    }
  }

  /** The bytes of a stored asset, or undefined when the file is gone (logged: the store and database disagree). */
  async open(asset: MeetingAsset): Promise<Readable | undefined> {
    const stream = await this.#o.store.get(asset.storageKey);
    if (!stream) this.#o.log.error({ asset: asset.id, meeting: asset.meetingId }, 'asset file missing');
    return stream;
  }

  /** Deletes the asset's row and file; false when there was none. */
  async delete(assetId: string): Promise<boolean> {
    const deleted = await this.#o.assets.delete(assetId);
    if (!deleted) return false;
    await this.#deleteFiles([deleted.storageKey]);
    return true;
  }

  /** Deletes every meeting of the room with its presence and assets, files included (the room was deleted). */
  async deleteOfRoom(roomId: string): Promise<void> {
    await this.#deleteFiles(await this.#o.meetings.deleteOfRoom(roomId));
  }

  async #deleteFiles(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      // The rows are gone already; a file that cannot be deleted is only wasted space, not a leak.
      await this.#o.store.delete(key).catch((err: unknown) => this.#o.log.error({ err }, 'asset file not deleted'));
    }
  }
}
