import { randomBytes } from 'node:crypto';
import type { RoomId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import type { RecordStreamKey, RoomRecordStore } from '../RoomRecords.js';

const room = (): RoomId => randomBytes(16).toString('base64url') as RoomId;

/**
 * The behaviour every `RoomRecordStore` must have, run against the memory store (unit) and the PostgreSQL store
 * (service tests), so the one scenario tests use cannot drift from the real one. `prepare` may create the room a key
 * refers to, where the store needs it to exist.
 */
export function describeRecordStoreContract(
  name: string,
  open: () => Promise<{ store: RoomRecordStore; prepare(room: RoomId): Promise<void> }>,
): void {
  describe(`RoomRecordStore contract: ${name}`, () => {
    const stream = async (module = 'chat', streamName = 'main'): Promise<[RoomRecordStore, RecordStreamKey]> => {
      const { store, prepare } = await open();
      const id = room();
      await prepare(id);
      return [store, { room: id, module, stream: streamName }];
    };

    it('readsBackWhatWasAppendedOldestFirst', async () => {
      const [store, key] = await stream();
      await store.append(key, { n: 1, text: 'Grüße 👋' }, null);
      await store.append(key, { n: 2, nested: { list: [1, 'a'] } }, null);
      expect(await store.latest(key, 10, Date.now())).toEqual([
        { n: 1, text: 'Grüße 👋' },
        { n: 2, nested: { list: [1, 'a'] } },
      ]);
    });

    it('latestReturnsOnlyTheNewestRecordsUpToTheLimit', async () => {
      const [store, key] = await stream();
      for (let n = 1; n <= 5; n++) await store.append(key, { n }, null);
      expect(await store.latest(key, 2, Date.now())).toEqual([{ n: 4 }, { n: 5 }]);
    });

    it('streamsOfOtherRoomsModulesAndNamesStaySeparate', async () => {
      const { store, prepare } = await open();
      const a = room();
      const b = room();
      await prepare(a);
      await prepare(b);
      await store.append({ room: a, module: 'chat', stream: 'main' }, { in: 'a' }, null);
      await store.append({ room: b, module: 'chat', stream: 'main' }, { in: 'b' }, null);
      await store.append({ room: a, module: 'polls', stream: 'main' }, { in: 'polls' }, null);
      await store.append({ room: a, module: 'chat', stream: 'other' }, { in: 'other' }, null);
      expect(await store.latest({ room: a, module: 'chat', stream: 'main' }, 10, Date.now())).toEqual([{ in: 'a' }]);
    });

    it('clearDeletesOnlyThatStream', async () => {
      const [store, key] = await stream();
      const other = { ...key, stream: 'other' };
      await store.append(key, { gone: true }, null);
      await store.append(other, { kept: true }, null);
      await store.clear(key);
      expect(await store.latest(key, 10, Date.now())).toEqual([]);
      expect(await store.latest(other, 10, Date.now())).toEqual([{ kept: true }]);
    });

    it('refusesAnExpiryNoDateCanHold', async () => {
      const [store, key] = await stream();
      await expect(store.append(key, { n: 1 }, 8.64e15 + 1)).rejects.toThrow();
      expect(await store.latest(key, 10, Date.now())).toEqual([]);
    });

    it('expiredRecordsAreNotReadBack', async () => {
      const [store, key] = await stream();
      const now = Date.now();
      await store.append(key, { n: 'expired' }, now - 1000);
      await store.append(key, { n: 'later' }, now + 60_000);
      await store.append(key, { n: 'forever' }, null);
      expect(await store.latest(key, 10, now)).toEqual([{ n: 'later' }, { n: 'forever' }]);
    });
  });
}
