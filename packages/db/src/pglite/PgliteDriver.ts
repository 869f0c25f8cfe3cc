import type { PGliteInterface } from '@electric-sql/pglite';
import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';
import { Mutex } from './Mutex.js';
import { PgliteConnection } from './PgliteConnection.js';

/**
 * Kysely driver over one PGlite instance.
 *
 * PGlite is a single Postgres session, so there is exactly one connection and it is lent out exclusively: from
 * `acquireConnection` until `releaseConnection`, nobody else may run a statement. Kysely acquires the connection for
 * the whole of a transaction, so transactions are serialised and a concurrent statement can never land inside (or be
 * rolled back with) somebody else's transaction. Single statements are serialised too; PGlite would do that anyway.
 *
 * The driver owns the PGlite instance: `destroy` closes it.
 */
export class PgliteDriver implements Driver {
  readonly #pglite: PGliteInterface;
  readonly #connection: PgliteConnection;
  readonly #mutex = new Mutex();
  readonly #releases = new Map<DatabaseConnection, () => void>();
  #destroyed = false;

  constructor(pglite: PGliteInterface) {
    this.#pglite = pglite;
    this.#connection = new PgliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock();
    if (this.#destroyed) {
      release();
      throw new Error('PGlite database has been closed');
    }
    this.#releases.set(this.#connection, release);
    return this.#connection;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(connection);
    this.#releases.delete(connection);
    release?.();
  }

  async beginTransaction(_connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const parts = ['start transaction'];
    if (settings.isolationLevel) parts.push(`isolation level ${settings.isolationLevel}`);
    if (settings.accessMode) parts.push(settings.accessMode);
    await this.#pglite.query(parts.join(' '));
  }

  async commitTransaction(_connection: DatabaseConnection): Promise<void> {
    const result = await this.#pglite.query('commit');
    // Postgres answers COMMIT with a ROLLBACK tag when an earlier statement left the transaction aborted.
    if (result.command?.toUpperCase() === 'ROLLBACK') {
      throw new Error('transaction was aborted by an earlier error and has been rolled back');
    }
  }

  async rollbackTransaction(_connection: DatabaseConnection): Promise<void> {
    await this.#pglite.query('rollback');
  }

  async savepoint(_connection: DatabaseConnection, savepointName: string): Promise<void> {
    await this.#pglite.query(`savepoint ${quoteIdentifier(savepointName)}`);
  }

  async rollbackToSavepoint(_connection: DatabaseConnection, savepointName: string): Promise<void> {
    await this.#pglite.query(`rollback to savepoint ${quoteIdentifier(savepointName)}`);
  }

  async releaseSavepoint(_connection: DatabaseConnection, savepointName: string): Promise<void> {
    await this.#pglite.query(`release savepoint ${quoteIdentifier(savepointName)}`);
  }

  /** Waits for the current holder to finish, then closes PGlite. Idempotent. */
  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    const release = await this.#mutex.lock();
    try {
      if (this.#destroyed) return;
      this.#destroyed = true;
      if (!this.#pglite.closed) await this.#pglite.close();
    } finally {
      release();
    }
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
