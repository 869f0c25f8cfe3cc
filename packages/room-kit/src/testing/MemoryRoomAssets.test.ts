import { describe, expect, it } from 'vitest';
import type { RoomAssetSpec } from '../RoomAssets.js';
import { MemoryRoomAssets } from './MemoryRoomAssets.js';

const spec: RoomAssetSpec = {
  kind: 'vote-report',
  filename: 'bericht.pdf',
  mediaType: 'application/pdf',
  visibility: 'participants',
  createdBy: null,
};

describe('MemoryRoomAssets', () => {
  it('removesAStoredFileAndNeverGivesItsIdAgain', async () => {
    const assets = new MemoryRoomAssets();
    const first = await assets.store(spec, new Uint8Array([1]));
    const second = await assets.store(spec, new Uint8Array([2]));
    expect(await assets.remove(first.id)).toBe(true);
    expect(await assets.remove(first.id)).toBe(false);
    expect(assets.get(first.id)).toBeUndefined();
    expect(assets.removed).toEqual([first.id]);
    const third = await assets.store(spec, new Uint8Array([3]));
    expect([first.id, second.id, third.id]).toEqual(['asset-0', 'asset-1', 'asset-2']);
    expect(assets.stored.map((a) => [a.id, [...a.data]])).toEqual([
      ['asset-1', [2]],
      ['asset-2', [3]],
    ]);
  });
});
