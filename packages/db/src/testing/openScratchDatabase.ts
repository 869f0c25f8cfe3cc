import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseConfig, type OpenedDatabase, openDatabase } from '../openDatabase.js';
import { testDatabaseUrl } from './testDatabaseUrl.js';

export type ScratchKind = DatabaseConfig['kind'];

/** A throw-away, empty (unmigrated) database for one test file. */
export interface ScratchDatabase extends OpenedDatabase {
  /** The config it was opened with, to open the same data again (e.g. after `close`). */
  readonly config: DatabaseConfig;
  /** Closes this handle and deletes everything: drops the schema, or removes the PGlite directory. */
  dispose(): Promise<void>;
}

/**
 * Opens an isolated database: on PostgreSQL (`PLENUM_TEST_DATABASE_URL`) a new randomly named schema, on PGlite a
 * new temporary directory. Files running in parallel never see each other's tables. Call `dispose` in `afterAll`.
 */
export async function openScratchDatabase(kind: ScratchKind): Promise<ScratchDatabase> {
  if (kind === 'postgres') {
    const url = testDatabaseUrl();
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const config: DatabaseConfig = { kind, url, schema };
    const opened = await openDatabase(config);
    return { ...opened, config, dispose: () => disposeAll(opened, () => dropSchema(url, schema)) };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'plenum-db-test-'));
  const config: DatabaseConfig = { kind, dataDir };
  const opened = await openDatabase(config);
  return { ...opened, config, dispose: () => disposeAll(opened, () => rm(dataDir, { recursive: true, force: true })) };
}

async function disposeAll(opened: OpenedDatabase, remove: () => Promise<void>): Promise<void> {
  try {
    await opened.close();
  } finally {
    await remove();
  }
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
