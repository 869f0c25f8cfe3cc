import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseShape } from './databaseShape.js';
import { diffDatabaseShape } from './diffDatabaseShape.js';
import { MigrationError, migrateToLatest } from './migrateToLatest.js';
import { readDatabaseShape } from './readDatabaseShape.js';
import { openScratchDatabase, type ScratchDatabase } from './testing/index.js';

describe.each(['postgres', 'pglite'] as const)('migrateToLatest on %s', (kind) => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('appliesEveryMigrationToAnEmptyDatabaseAndLogsEach', async () => {
    const lines: Array<{ obj: object; msg: string }> = [];
    const record = (obj: object, msg: string) => lines.push({ obj, msg });
    const logger = { debug: record, info: record, error: record };
    expect(await migrateToLatest(scratch.db, { logger })).toEqual([
      '0001_create_rooms',
      '0002_create_identity',
      '0003_add_tenant_settings',
      '0004_add_room_ownership',
      '0005_create_guest_access',
      '0006_create_room_records',
      '0007_create_room_dial_in',
      '0008_create_meetings',
      '0009_add_tenant_language',
    ]);
    expect(lines).toEqual([
      { obj: { migration: '0001_create_rooms', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0002_create_identity', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0003_add_tenant_settings', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0004_add_room_ownership', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0005_create_guest_access', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0006_create_room_records', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0007_create_room_dial_in', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0008_create_meetings', schema: expect.any(String) }, msg: 'database migration applied' },
      { obj: { migration: '0009_add_tenant_language', schema: expect.any(String) }, msg: 'database migration applied' },
    ]);
  });

  it('appliesNothingOnASecondStart', async () => {
    expect(await migrateToLatest(scratch.db)).toEqual([]);
  });

  it('leavesTheSchemaExactlyAsTheDatabaseTypeDescribesIt', async () => {
    const actual = await readDatabaseShape(scratch.db);
    expect(diffDatabaseShape(databaseShape, actual)).toEqual([]);
    // Guard against a vacuous pass: the comparison saw the real table.
    expect(Object.keys(actual)).toEqual(expect.arrayContaining(['rooms', 'tenants', 'users', 'sessions']));
  });

  it('refusesADatabaseMigratedByANewerVersion', async () => {
    const future = '9999_from_the_future';
    await sql`insert into kysely_migration (name, timestamp) values (${future}, ${new Date().toISOString()})`.execute(
      scratch.db,
    );
    try {
      const failure = await migrateToLatest(scratch.db).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as MigrationError).message).toMatch(
        /^Database migration failed in schema "\w+": .*9999_from_the_future/,
      );
    } finally {
      await sql`delete from kysely_migration where name = ${future}`.execute(scratch.db);
    }
  });
});
