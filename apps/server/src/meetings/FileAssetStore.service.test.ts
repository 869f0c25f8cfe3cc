import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAssetStoreContract } from './describeAssetStoreContract.js';
import { FileAssetStore, STALE_TEMPORARY_MS } from './FileAssetStore.js';

describeAssetStoreContract('FileAssetStore', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'plenum-assets-'));
  const store = FileAssetStore.inDataDir(dataDir);
  return {
    store,
    count: async () => (await store.files()).length,
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
});

describe('FileAssetStore on disk', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'plenum-assets-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keepsFilesUnderDataDirAssetsReadableOnlyByThePlenumUser', async () => {
    const stored = await FileAssetStore.inDataDir(dataDir).put(Readable.from(['x']), { maxBytes: 10 });
    const path = join(dataDir, 'assets', stored.key.slice(0, 2), stored.key);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(dataDir, 'assets', stored.key.slice(0, 2)))).toEqual([stored.key]);
  });

  it('sweepsTemporaryFilesOfCrashedWritesAtStartButNotRecentOnesOrAssets', async () => {
    const root = await mkdtemp(join(tmpdir(), 'plenum-assets-'));
    const store = new FileAssetStore(root);
    const asset = await store.put(Readable.from(['x']), { maxBytes: 10 });
    const now = Date.now();
    const old = new Date(now - STALE_TEMPORARY_MS - 1000);
    await mkdir(join(root, 'zz'), { recursive: true });
    await writeFile(join(root, 'zz', '.tmp-crashed'), 'partial');
    await utimes(join(root, 'zz', '.tmp-crashed'), old, old);
    await writeFile(join(root, 'zz', '.tmp-running'), 'partial');
    await utimes(join(root, asset.key.slice(0, 2), asset.key), old, old);
    expect(await store.sweepTemporaryFiles(now)).toBe(1);
    expect(await store.files()).toEqual([`${asset.key.slice(0, 2)}/${asset.key}`, 'zz/.tmp-running'].sort());
    expect(await store.sweepTemporaryFiles(now + STALE_TEMPORARY_MS + 60_000)).toBe(1);
    expect(await store.files()).toEqual([`${asset.key.slice(0, 2)}/${asset.key}`]);
    await rm(root, { recursive: true, force: true });
  });
});
