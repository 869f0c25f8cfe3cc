import type { Readable } from 'node:stream';

/** What {@link AssetStore.put} stored: the key to fetch it by, and what the bytes were. */
export interface StoredBlob {
  /** Made by the store (128 random bits, base64url); never derived from a filename or anything a user sent. */
  readonly key: string;
  readonly size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
}

/** The bytes were longer than `maxBytes`; nothing was kept. */
export class AssetTooLarge extends Error {
  override readonly name = 'AssetTooLarge';
  readonly code = 'assetTooLarge';
  constructor(readonly maxBytes: number) {
    super(`The asset is larger than ${maxBytes} bytes`);
  }
}

/**
 * Where the bytes of generated files (PDFs, protocols, exports) live; the database holds what they are. A port, so
 * the filesystem default can be replaced (object storage) without touching the callers.
 *
 * - `put` reads the stream to its end and stores it under a fresh key, all or nothing: a failed or oversized write
 *   leaves nothing behind, and a reader never sees half a file.
 * - Keys are the store's own; `get` and `delete` treat any other string as unknown (no path can be smuggled in).
 * - `delete` is idempotent.
 */
export interface AssetStore {
  put(data: Readable | AsyncIterable<Uint8Array>, options: { readonly maxBytes: number }): Promise<StoredBlob>;
  /** The bytes, or undefined for an unknown key. */
  get(key: string): Promise<Readable | undefined>;
  delete(key: string): Promise<void>;
}
