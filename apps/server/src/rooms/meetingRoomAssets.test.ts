import type { MeetingAsset } from '@plenum/db';
import { describe, expect, it } from 'vitest';
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
});
