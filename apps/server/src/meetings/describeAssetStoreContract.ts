import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AssetStore, AssetTooLarge } from './AssetStore.js';

export interface AssetStoreUnderTest {
  readonly store: AssetStore;
  /** How many assets the store holds, temporary files included (nothing may be left by a failed put). */
  count(): Promise<number>;
  dispose(): Promise<void>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** One contract for every {@link AssetStore}: the memory fake and the filesystem adapter both run it. */
export function describeAssetStoreContract(name: string, make: () => Promise<AssetStoreUnderTest>): void {
  describe(`${name} (AssetStore contract)`, () => {
    let subject: AssetStoreUnderTest;

    beforeEach(async () => {
      subject = await make();
    });

    afterEach(async () => {
      await subject.dispose();
    });

    it('storesAStreamUnderAFreshKeyWithItsSizeAndHash', async () => {
      const stored = await subject.store.put(Readable.from(['Nieder', 'schrift ', 'ü']), { maxBytes: 100 });
      expect(stored).toEqual({
        key: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        size: 16,
        sha256: sha256('Niederschrift ü'),
      });
      const again = await subject.store.put(Readable.from(['Niederschrift ü']), { maxBytes: 100 });
      expect(again.key).not.toBe(stored.key);
      const read = await subject.store.get(stored.key);
      expect(read && (await text(read))).toBe('Niederschrift ü');
    });

    it('acceptsExactlyMaxBytesAndRefusesOneMoreLeavingNothingBehind', async () => {
      await subject.store.put(Readable.from([Buffer.alloc(10)]), { maxBytes: 10 });
      expect(await subject.count()).toBe(1);
      const refused = subject.store.put(Readable.from([Buffer.alloc(6), Buffer.alloc(5)]), { maxBytes: 10 });
      await expect(refused).rejects.toBeInstanceOf(AssetTooLarge);
      await expect(refused).rejects.toMatchObject({ maxBytes: 10 });
      expect(await subject.count()).toBe(1);
    });

    it('keepsNothingWhenTheSourceFails', async () => {
      async function* broken(): AsyncGenerator<Uint8Array> {
        yield Buffer.from('half');
        throw new Error('source broke');
      }
      await expect(subject.store.put(broken(), { maxBytes: 100 })).rejects.toThrow('source broke');
      expect(await subject.count()).toBe(0);
    });

    it('treatsUnknownAndHostileKeysAsUnknown', async () => {
      const stored = await subject.store.put(Readable.from(['x']), { maxBytes: 10 });
      for (const key of [
        '',
        'A'.repeat(22),
        '../../../etc/passwd',
        `${stored.key.slice(0, 2)}/../${stored.key}`,
        `${stored.key}/`,
      ]) {
        expect(await subject.store.get(key)).toBeUndefined();
        await subject.store.delete(key);
      }
      expect(await subject.count()).toBe(1);
    });

    it('deletesIdempotently', async () => {
      const stored = await subject.store.put(Readable.from(['x']), { maxBytes: 10 });
      await subject.store.delete(stored.key);
      await subject.store.delete(stored.key);
      expect(await subject.store.get(stored.key)).toBeUndefined();
      expect(await subject.count()).toBe(0);
    });
  });
}
