import { migrateToLatest, newRoomId, RoomRecordRepository, RoomRepository, TenantRepository } from '@plenum/db';
import { openScratchDatabase, type ScratchDatabase } from '@plenum/db/testing';
import type { RoomId } from '@plenum/protocol';
import { describeRecordStoreContract } from '@plenum/room-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe.each(['postgres', 'pglite'] as const)('room records on %s', (kind) => {
  let scratch: ScratchDatabase;
  let records: RoomRecordRepository;
  let rooms: RoomRepository;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    records = new RoomRecordRepository(scratch.db);
    rooms = new RoomRepository(scratch.db);
    await new TenantRepository(scratch.db).ensure({ id: 'alpha', name: 'Alpha' });
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  const prepare = async (id: RoomId): Promise<void> => {
    await rooms.create({ id, title: 'Records', tenantId: 'alpha' });
  };

  describeRecordStoreContract(kind, async () => ({ store: records, prepare }));

  it('housekeepingDeletesExactlyTheExpiredRecords', async () => {
    const room = (await rooms.create({ id: newRoomId(), title: 'Sweep', tenantId: 'alpha' })).id;
    const key = { room, module: 'chat', stream: 'main' };
    const now = Date.now();
    await records.append(key, { n: 'old' }, now - 60_000);
    await records.append(key, { n: 'new' }, now + 60_000);
    expect(await records.deleteExpired(new Date(now))).toBeGreaterThanOrEqual(1);
    expect(await records.latest(key, 10, now - 120_000)).toEqual([{ n: 'new' }]);
  });

  it('deletingTheRoomDeletesItsRecords', async () => {
    const room = (await rooms.create({ id: newRoomId(), title: 'Gone', tenantId: 'alpha' })).id;
    const key = { room, module: 'chat', stream: 'main' };
    await records.append(key, { n: 1 }, null);
    await scratch.db.deleteFrom('rooms').where('id', '=', room).execute();
    expect(await records.latest(key, 10, Date.now())).toEqual([]);
  });
});
