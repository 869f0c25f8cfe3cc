import type { RoomAssetSpec, RoomAssets } from '../RoomAssets.js';

/** A stored file as a test reads it back. */
export interface StoredRoomAsset {
  readonly id: string;
  readonly spec: RoomAssetSpec;
  readonly data: Uint8Array;
}

/** The assets port of a TestRoom: keeps every file in memory, in order, with ids `asset-0`, `asset-1`, … */
export class MemoryRoomAssets implements RoomAssets {
  readonly stored: StoredRoomAsset[] = [];

  async store(spec: RoomAssetSpec, data: Uint8Array): Promise<{ readonly id: string }> {
    const id = `asset-${this.stored.length}`;
    this.stored.push({ id, spec: { ...spec }, data: Uint8Array.from(data) });
    return { id };
  }

  /** The file stored under `id`, or undefined. */
  get(id: string): StoredRoomAsset | undefined {
    return this.stored.find((asset) => asset.id === id);
  }
}
