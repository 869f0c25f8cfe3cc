import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrateToLatest.js';
import { openDatabase } from './openDatabase.js';
import { newRoomId } from './rooms/newRoomId.js';
import { RoomRepository } from './rooms/RoomRepository.js';
import { openScratchDatabase, type ScratchDatabase } from './testing/index.js';

describe.each(['postgres', 'pglite'] as const)('openDatabase on %s', (kind) => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('answersAPingWithItsRoundTripTime', async () => {
    const ms = await scratch.ping();
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(5_000);
  });

  it('keepsDataAcrossCloseAndReopen', async () => {
    await migrateToLatest(scratch.db);
    const id = newRoomId();
    const created = await new RoomRepository(scratch.db).create({ id, title: 'persistent' });
    await scratch.close();
    await scratch.close(); // idempotent

    const reopened = await openDatabase(scratch.config);
    try {
      expect(await migrateToLatest(reopened.db)).toEqual([]);
      expect(await new RoomRepository(reopened.db).findById(id)).toEqual(created);
    } finally {
      await reopened.close();
    }
  });

  it('rejectsQueriesAfterClose', async () => {
    await expect(scratch.ping()).rejects.toThrow();
  });
});

describe('openDatabase on postgres with a schema', () => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await openScratchDatabase('postgres');
    await migrateToLatest(scratch.db);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('createsTablesAndBookkeepingInThatSchema', async () => {
    const schema = scratch.config.kind === 'postgres' ? scratch.config.schema : undefined;
    expect(schema).toMatch(/^test_/);
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(
      scratch.db,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'guest_links',
      'guest_sessions',
      'kysely_migration',
      'kysely_migration_lock',
      'meeting_assets',
      'meeting_presence',
      'meetings',
      'room_dial_in',
      'room_records',
      'rooms',
      'sessions',
      'tenants',
      'users',
    ]);
  });
});

describe('openDatabase failures', () => {
  it('namesTheServerButNotThePasswordWhenPostgresIsUnreachable', async () => {
    const failure = await openDatabase({ kind: 'postgres', url: 'postgres://plenum:s3cret@127.0.0.1:1/none' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/^Cannot open database postgres postgres:\/\/plenum:\*\*\*@127\.0\.0\.1:1\/none: /);
    expect(message).not.toContain('s3cret');
  });

  it('refusesASchemaNameThatIsNotAPlainIdentifier', async () => {
    await expect(
      openDatabase({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1/test', schema: 'x"; drop' }),
    ).rejects.toThrow(/Invalid schema name/);
  });
});
