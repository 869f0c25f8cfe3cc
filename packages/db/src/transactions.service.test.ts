import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrateToLatest.js';
import { newRoomId } from './rooms/newRoomId.js';
import { RoomRepository } from './rooms/RoomRepository.js';
import { openScratchDatabase, type ScratchDatabase } from './testing/index.js';

/**
 * Transaction semantics every backend must honour. For PGlite (one session) they only hold because the driver
 * lends its single connection out exclusively; a naive driver fails the first test.
 */
describe.each(['postgres', 'pglite'] as const)('transactions on %s', (kind) => {
  let scratch: ScratchDatabase;
  let rooms: RoomRepository;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    rooms = new RoomRepository(scratch.db);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('doesNotRollBackAStatementIssuedConcurrentlyOutsideTheTransaction', async () => {
    const inside = newRoomId();
    const outside = newRoomId();
    const failingTransaction = scratch.db.transaction().execute(async (trx) => {
      await new RoomRepository(trx).create({ id: inside, title: 'inside' });
      await sleep(100);
      throw new Error('abort on purpose');
    });
    await sleep(20); // the transaction has begun
    const concurrentInsert = rooms.create({ id: outside, title: 'outside' });
    await expect(failingTransaction).rejects.toThrow('abort on purpose');
    await concurrentInsert;
    expect(await rooms.findById(inside)).toBeUndefined();
    expect((await rooms.findById(outside))?.title).toBe('outside');
  });

  it('runsConcurrentTransactionsWithoutLosingEither', async () => {
    const ids = [newRoomId(), newRoomId(), newRoomId()];
    await Promise.all(
      ids.map((id, i) =>
        scratch.db.transaction().execute(async (trx) => {
          await sleep(10 * (3 - i));
          await new RoomRepository(trx).create({ id, title: `t${i}` });
        }),
      ),
    );
    for (const id of ids) expect(await rooms.findById(id)).toBeDefined();
  });

  it('rollsBackToASavepoint', async () => {
    const kept = newRoomId();
    const undone = newRoomId();
    const trx = await scratch.db.startTransaction().execute();
    await new RoomRepository(trx).create({ id: kept, title: 'kept' });
    const withSavepoint = await trx.savepoint('before_second').execute();
    await new RoomRepository(withSavepoint).create({ id: undone, title: 'undone' });
    const rolledBack = await withSavepoint.rollbackToSavepoint('before_second').execute();
    await rolledBack.commit().execute();
    expect(await rooms.findById(kept)).toBeDefined();
    expect(await rooms.findById(undone)).toBeUndefined();
  });

  it('failsTheCommitOfATransactionAbortedByAnEarlierError', async () => {
    const id = newRoomId();
    const commit = scratch.db.transaction().execute(async (trx) => {
      await new RoomRepository(trx).create({ id, title: 'lost' });
      await sql`select 1 / 0`.execute(trx).catch(() => undefined); // swallowed, but the transaction is dead
    });
    await expect(commit).rejects.toThrow();
    expect(await rooms.findById(id)).toBeUndefined();
  });
});
