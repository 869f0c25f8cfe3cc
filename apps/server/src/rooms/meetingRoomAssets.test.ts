import type { MeetingAsset } from '@plenum/db';
import { RoomAssetRefused } from '@plenum/room-kit';
import { describe, expect, it } from 'vitest';
import { AssetTooLarge } from '../meetings/AssetStore.js';
import { MeetingNotFound } from '../meetings/MeetingAssets.js';
import { QuotaExceeded } from '../meetings/QuotaExceeded.js';
import { type MeetingFiles, meetingRoomAssets } from './meetingRoomAssets.js';

/** Meeting files in memory: what was put where, and which ids were deleted. */
function memoryFiles() {
  const put: { meetingId: string; asset: MeetingAsset }[] = [];
  const deleted: string[] = [];
  const files: MeetingFiles = {
    put: async (meetingId, spec) => {
      const asset: MeetingAsset = {
        id: `a-${put.length}`,
        meetingId,
        tenantId: 't',
        ...spec,
        size: 1,
        sha256: '',
        storageKey: `k-${put.length}`,
        createdAt: '2026-11-26T13:00:00.000Z',
      };
      put.push({ meetingId, asset });
      return asset;
    },
    delete: async (id) => {
      if (deleted.includes(id) || !put.some((p) => p.asset.id === id)) return false;
      deleted.push(id);
      return true;
    },
  };
  return { files, put, deleted };
}

const spec = {
  kind: 'vote-report',
  filename: 'bericht.pdf',
  mediaType: 'application/pdf',
  visibility: 'participants',
  createdBy: 'u-alice',
} as const;

describe('the assets port of a room', () => {
  it('storesInTheBoundMeetingAndRemovesItsOwnFilesThroughMeetingAssetsDelete', async () => {
    const { files, put, deleted } = memoryFiles();
    const assets = meetingRoomAssets(files, 'm-1');
    const { id } = await assets.store(spec, new Uint8Array([1]));
    expect(put.map((p) => [p.meetingId, p.asset.id, p.asset.filename])).toEqual([['m-1', id, 'bericht.pdf']]);
    expect(await assets.remove?.(id)).toBe(true);
    expect(deleted).toEqual([id]);
    // Gone: removing it again touches nothing.
    expect(await assets.remove?.(id)).toBe(false);
    expect(deleted).toEqual([id]);
  });

  it('neverRemovesAFileItDidNotStore', async () => {
    const { files, deleted } = memoryFiles();
    const other = meetingRoomAssets(files, 'm-0');
    const { id } = await other.store(spec, new Uint8Array([1]));
    const assets = meetingRoomAssets(files, 'm-1');
    expect(await assets.remove?.(id)).toBe(false);
    expect(await assets.remove?.('a-unknown')).toBe(false);
    expect(deleted).toEqual([]);
  });

  it('tellsAFullQuotaAndATooLargeFileAsRoomAssetRefusedAndPassesOtherErrorsOn', async () => {
    const { files } = memoryFiles();
    const refusing = (error: Error): MeetingFiles => ({ ...files, put: () => Promise.reject(error) });
    const quota = new QuotaExceeded(90, 100, 20);
    const full = await meetingRoomAssets(refusing(quota), 'm-1')
      .store(spec, new Uint8Array([1]))
      .catch((e: unknown) => e);
    expect(full).toBeInstanceOf(RoomAssetRefused);
    expect(full).toMatchObject({ reason: 'quota', cause: quota });
    const large = await meetingRoomAssets(refusing(new AssetTooLarge(10)), 'm-1')
      .store(spec, new Uint8Array([1]))
      .catch((e: unknown) => e);
    expect(large).toMatchObject({ reason: 'tooLarge' });
    const gone = new MeetingNotFound('no meeting m-1');
    await expect(meetingRoomAssets(refusing(gone), 'm-1').store(spec, new Uint8Array([1]))).rejects.toBe(gone);
  });
});
