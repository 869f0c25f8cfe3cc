import type { RoomAssetSpec, RoomAssets } from '../RoomAssets.js';

/** A stored file as a test reads it back. */
export interface StoredRoomAsset {
  readonly id: string;
  readonly spec: RoomAssetSpec;
  readonly data: Uint8Array;
}

/**
 * The assets port of a TestRoom: keeps every file in memory, in order, with ids `asset-0`, `asset-1`, … (ids are never
 * reused). `stored` holds the files kept now; a removed file leaves it and its id goes to `removed`.
 */
export class MemoryRoomAssets implements RoomAssets {
  readonly stored: StoredRoomAsset[] = [];
  readonly removed: string[] = [];
  #next = 0;

  async store(spec: RoomAssetSpec, data: Uint8Array): Promise<{ readonly id: string }> {
    const id = `asset-${this.#next++}`;
    this.stored.push({ id, spec: { ...spec }, data: Uint8Array.from(data) });
    return { id };
  }

  async remove(id: string): Promise<boolean> {
    const index = this.stored.findIndex((asset) => asset.id === id);
    if (index < 0) return false;
    this.stored.splice(index, 1);
    this.removed.push(id);
    return true;
  }

  /** The file stored under `id` and kept, or undefined. */
  get(id: string): StoredRoomAsset | undefined {
    return this.stored.find((asset) => asset.id === id);
  }
}
