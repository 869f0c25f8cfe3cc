import { type Kysely, sql } from 'kysely';
import type { Database } from '../Database.js';

/** Which stream a record belongs to: the room, the module's namespace, and the module's own stream name. */
export interface RecordStream {
  readonly room: string;
  readonly module: string;
  readonly stream: string;
}

/**
 * The `room_records` table: the PostgreSQL form of the room runtime's record store (append-only streams per room,
 * module and name). Reads skip records whose time has passed, whether or not housekeeping has deleted them yet.
 */
export class RoomRecordRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async append(key: RecordStream, body: unknown, expiresAt: number | null): Promise<void> {
    await this.#db
      .insertInto('room_records')
      .values({
        room_id: key.room,
        module: key.module,
        stream: key.stream,
        body: sql<string>`${JSON.stringify(body)}::jsonb`,
        expires_at: expiresAt === null ? null : new Date(expiresAt),
      })
      .execute();
  }

  async latest(key: RecordStream, limit: number, now: number): Promise<unknown[]> {
    const rows = await this.#db
      .selectFrom('room_records')
      .select(['id', 'body'])
      .where('room_id', '=', key.room)
      .where('module', '=', key.module)
      .where('stream', '=', key.stream)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date(now))]))
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map((r) => r.body);
  }

  async clear(key: RecordStream): Promise<void> {
    await this.#db
      .deleteFrom('room_records')
      .where('room_id', '=', key.room)
      .where('module', '=', key.module)
      .where('stream', '=', key.stream)
      .execute();
  }

  /** Deletes every record whose time has passed; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.#db.deleteFrom('room_records').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
