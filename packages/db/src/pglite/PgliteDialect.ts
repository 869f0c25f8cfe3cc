import type { PGliteInterface } from '@electric-sql/pglite';
import {
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
} from 'kysely';
import { PgliteDriver } from './PgliteDriver.js';

/**
 * Kysely dialect for embedded PGlite (≥ 0.5). PGlite is real Postgres compiled to WASM, so SQL generation,
 * introspection and migration locking are Kysely's own Postgres parts; only the driver is ours. The dialect takes
 * ownership of the instance: destroying the Kysely closes it.
 */
export class PgliteDialect implements Dialect {
  readonly #pglite: PGliteInterface;

  constructor(pglite: PGliteInterface) {
    this.#pglite = pglite;
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#pglite);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
