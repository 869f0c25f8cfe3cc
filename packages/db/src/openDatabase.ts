import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { type Dialect, Kysely, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './Database.js';
import type { DbLogger } from './DbLogger.js';
import { acquireDataDirLock } from './pglite/DataDirLock.js';
import { PgliteDialect } from './pglite/PgliteDialect.js';

/**
 * Where the data lives; one config value picks the backend.
 * - `postgres`: a real server. `schema` (optional) is put first on every connection's `search_path` and created if
 *   missing, so tables, migrations and queries all stay in it; tests use it to isolate themselves.
 * - `pglite`: embedded Postgres in this process, persisted under `<dataDir>/db`. One process per data directory:
 *   opening takes the lock file `<dataDir>/db.lock` (released by `close`) and rejects with `DatabaseLockedError`
 *   while another live process (a server or the CLI) holds it.
 */
export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string }
  | { readonly kind: 'pglite'; readonly dataDir: string };

export interface OpenDatabaseOptions {
  readonly logger?: DbLogger;
}

/** An open database. Migrations are not run by opening: call `migrateToLatest(db)`. */
export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  /** Round-trips a trivial query; resolves with the time it took in milliseconds, rejects when unreachable. */
  ping(): Promise<number>;
  /** Waits for queries in flight, then closes the pool or PGlite. Idempotent. */
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the database and checks that it answers, so that a wrong URL fails at start with a message naming the
 * server (password removed) rather than at the first request.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const { logger } = options;
  const { dialect, describe, release } =
    config.kind === 'postgres' ? postgresDialect(config, logger) : await pgliteDialect(config);
  const db = new Kysely<Database>({ dialect, ...(logger ? { log: logKyselyEvent(logger) } : {}) });
  const destroy = async () => {
    try {
      await db.destroy();
    } finally {
      await release?.();
    }
  };
  try {
    if (config.kind === 'postgres' && config.schema !== undefined) {
      await sql`create schema if not exists ${sql.id(config.schema)}`.execute(db);
    } else {
      await sql`select 1`.execute(db);
    }
  } catch (error) {
    await destroy().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open database ${describe}: ${reason}`, { cause: error });
  }
  let closing: Promise<void> | undefined;
  return {
    db,
    async ping() {
      const started = performance.now();
      await sql`select 1`.execute(db);
      return performance.now() - started;
    },
    close() {
      closing ??= destroy();
      return closing;
    },
  };
}

function postgresDialect(
  config: Extract<DatabaseConfig, { kind: 'postgres' }>,
  logger: DbLogger | undefined,
): { dialect: Dialect; describe: string; release?: () => Promise<void> } {
  const { schema } = config;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    connectionTimeoutMillis: 10_000,
    // A startup parameter rather than a `set` per checkout: it holds for every pooled connection from the start.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its server must not crash the process; the pool replaces it on the next checkout.
  pool.on('error', (error) => logger?.error({ err: error }, 'idle PostgreSQL connection failed'));
  return { dialect: new PostgresDialect({ pool }), describe: `postgres ${redactUrl(config.url)}` };
}

async function pgliteDialect(
  config: Extract<DatabaseConfig, { kind: 'pglite' }>,
): Promise<{ dialect: Dialect; describe: string; release: () => Promise<void> }> {
  const path = join(config.dataDir, 'db');
  await mkdir(path, { recursive: true });
  // Before PGlite touches the files: a second process must not even open them.
  const lock = await acquireDataDirLock(config.dataDir);
  let pglite: PGlite;
  try {
    pglite = new PGlite(path);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return { dialect: new PgliteDialect(pglite), describe: `pglite ${path}`, release: () => lock.release() };
}

/** The URL without its password, fit for logs and error messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function logKyselyEvent(logger: DbLogger): (event: LogEvent) => void {
  return (event) => {
    const fields = { sql: event.query.sql, durationMs: Math.round(event.queryDurationMillis * 10) / 10 };
    if (event.level === 'error') {
      logger.error({ ...fields, err: event.error }, 'database query failed');
    } else {
      logger.debug(fields, 'database query');
    }
  };
}
