import { type Kysely, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './Database.js';
import type { DbLogger } from './DbLogger.js';
import { migrations } from './migrations/migrations.js';

/** Thrown when the schema cannot be brought up to date; `cause` holds the database's own error. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  /** The migration that failed, when one did (as opposed to e.g. the lock or bookkeeping tables). */
  readonly migration: string | undefined;

  constructor(message: string, migration: string | undefined, cause: unknown) {
    super(message, { cause });
    this.migration = migration;
  }
}

/**
 * Applies every migration the database has not seen yet, in order, each in its own transaction, under Kysely's
 * advisory lock (so several server nodes starting at once do not race). Safe to call on every start: an up-to-date
 * database is left alone. Returns the names applied by this call.
 *
 * Bookkeeping lives in the current schema (the first on `search_path`), next to the tables, so that a database
 * isolated in its own schema is self-contained. Throws {@link MigrationError} when a migration fails (that
 * migration is rolled back; earlier ones in the same call stay applied) or when the database has applied a
 * migration this code does not know (it was started with an older version).
 */
export async function migrateToLatest(db: Kysely<Database>, options: { logger?: DbLogger } = {}): Promise<string[]> {
  const { logger } = options;
  const schema = await currentSchema(db);
  const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema });
  const { error, results = [] } = await migrator.migrateToLatest();
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  for (const name of applied) logger?.info({ migration: name, schema }, 'database migration applied');
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    const message =
      failed === undefined
        ? `Database migration failed in schema "${schema}": ${reason}`
        : `Database migration "${failed}" failed in schema "${schema}" and was rolled back: ${reason}`;
    logger?.error({ migration: failed, schema, err: error }, 'database migration failed');
    throw new MigrationError(message, failed, error);
  }
  return applied;
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (schema == null) {
    throw new MigrationError('Database has no current schema: check search_path', undefined, undefined);
  }
  return schema;
}
