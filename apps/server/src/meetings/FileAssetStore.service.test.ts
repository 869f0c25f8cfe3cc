import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAssetStoreContract } from './describeAssetStoreContract.js';
import { FileAssetStore } from './FileAssetStore.js';

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
});
