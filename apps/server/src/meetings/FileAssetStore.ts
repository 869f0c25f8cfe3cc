import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AssetStore, StoredBlob } from './AssetStore.js';
import { countedBytes } from './countedBytes.js';

/** The only keys this store makes, and the only ones it accepts: 128 random bits as base64url. */
const KEY = /^[A-Za-z0-9_-]{22}$/;

/** What a write is called until it is complete (`put`). */
const TEMPORARY_PREFIX = '.tmp-';

/** A temporary file older than this cannot belong to a write still running: `sweepTemporaryFiles` removes it. */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/**
 * {@link AssetStore} on the local filesystem, under `<dataDir>/assets`: `<first two characters of the key>/<key>`, so
 * no directory grows without bound. A write goes to a temporary file in the same directory, is flushed to disk, and
 * is renamed into place only when complete (rename is atomic), so a crash or an oversized stream never leaves a
 * partial asset under a real key. Keys are random and checked against their shape before they touch a path.
 */
export class FileAssetStore implements AssetStore {
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  /** The store under `<dataDir>/assets`. */
  static inDataDir(dataDir: string): FileAssetStore {
    return new FileAssetStore(join(dataDir, 'assets'));
  }

  async put(data: Readable | AsyncIterable<Uint8Array>, options: { readonly maxBytes: number }): Promise<StoredBlob> {
    const key = randomBytes(16).toString('base64url');
    const dir = join(this.#root, key.slice(0, 2));
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temporary = join(dir, `${TEMPORARY_PREFIX}${randomBytes(8).toString('hex')}`);
    const counted = countedBytes(data, options.maxBytes);
    const sink = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(counted.chunks, sink);
      const handle = await open(temporary, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, join(dir, key));
    } catch (error) {
      // A refused or broken source can fail the pipeline while the file is still being opened: wait until the sink
      // has closed, or the file would appear after it was removed.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(temporary, { force: true });
      throw error;
    }
    return { key, ...counted.result() };
  }

  async get(key: string): Promise<Readable | undefined> {
    const path = this.#pathOf(key);
    if (path === undefined) return undefined;
    const stream = createReadStream(path);
    // Opening is asynchronous: wait for it, so a missing file is an undefined answer, not a stream error later.
    return new Promise((resolve, reject) => {
      stream.once('open', () => resolve(stream));
      stream.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') resolve(undefined);
        else reject(error);
      });
    });
  }

  async delete(key: string): Promise<void> {
    const path = this.#pathOf(key);
    if (path !== undefined) await rm(path, { force: true });
  }

  /**
   * Removes the temporary files of writes a crash cut off (older than `olderThanMs`, so a write still running is left
   * alone); called at start. Complete assets are never touched. Resolves with how many were removed.
   */
  async sweepTemporaryFiles(now: number = Date.now(), olderThanMs: number = STALE_TEMPORARY_MS): Promise<number> {
    let removed = 0;
    for (const name of await this.files()) {
      const [dir, file] = name.split('/');
      if (dir === undefined || !file?.startsWith(TEMPORARY_PREFIX)) continue;
      const path = join(this.#root, dir, file);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile() || info.mtimeMs > now - olderThanMs) continue;
      await rm(path, { force: true });
      removed++;
    }
    return removed;
  }

  /** Names of everything under the root (tests check that nothing but complete assets is left). */
  async files(): Promise<string[]> {
    const out: string[] = [];
    const dirs = await readdir(this.#root).catch(() => []);
    for (const dir of dirs) for (const name of await readdir(join(this.#root, dir))) out.push(`${dir}/${name}`);
    return out.sort();
  }

  #pathOf(key: string): string | undefined {
    return KEY.test(key) ? join(this.#root, key.slice(0, 2), key) : undefined;
  }
}
