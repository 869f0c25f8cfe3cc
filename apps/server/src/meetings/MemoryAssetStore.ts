import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AssetStore, StoredBlob } from './AssetStore.js';
import { countedBytes } from './countedBytes.js';

/** {@link AssetStore} in memory, for tests; held to the same contract as the filesystem store. */
export class MemoryAssetStore implements AssetStore {
  readonly #blobs = new Map<string, Buffer>();

  async put(data: Readable | AsyncIterable<Uint8Array>, options: { readonly maxBytes: number }): Promise<StoredBlob> {
    const counted = countedBytes(data, options.maxBytes);
    const parts: Uint8Array[] = [];
    for await (const chunk of counted.chunks) parts.push(chunk);
    const key = randomBytes(16).toString('base64url');
    this.#blobs.set(key, Buffer.concat(parts));
    return { key, ...counted.result() };
  }

  async get(key: string): Promise<Readable | undefined> {
    const blob = this.#blobs.get(key);
    return blob === undefined ? undefined : Readable.from([blob]);
  }

  async delete(key: string): Promise<void> {
    this.#blobs.delete(key);
  }

  /** How many blobs are held (tests check that nothing is left behind). */
  get size(): number {
    return this.#blobs.size;
  }
}
