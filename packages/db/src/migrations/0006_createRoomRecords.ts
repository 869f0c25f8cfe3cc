import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Records that outlive a meeting, and the tenant settings that decide whether chat is one of them.
 *
 * - `room_records`: append-only streams of JSON records per room, module and stream name (the room runtime's
 *   `RoomRecordStore`). A record with `expires_at` is deleted by housekeeping after that time and never read back
 *   once it has passed; deleting a room deletes its records. `id` orders a stream.
 * - `tenants.keep_chat`: the room chat is kept beyond the meeting (null: installation default, which is off).
 * - `tenants.chat_retention_days`: how long a kept message is kept (positive; null: installation default).
 */
export const createRoomRecords: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('room_records')
      .addColumn('id', 'bigserial', (col) => col.primaryKey())
      .addColumn('room_id', 'text', (col) => col.notNull().references('rooms.id').onDelete('cascade'))
      .addColumn('module', 'text', (col) => col.notNull().check(sql`char_length(module) between 1 and 64`))
      .addColumn('stream', 'text', (col) => col.notNull().check(sql`char_length(stream) between 1 and 128`))
      .addColumn('body', 'jsonb', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('room_records_stream')
      .on('room_records')
      .columns(['room_id', 'module', 'stream', 'id'])
      .execute();
    await db.schema.createIndex('room_records_expires').on('room_records').column('expires_at').execute();
    await db.schema
      .alterTable('tenants')
      .addColumn('keep_chat', 'boolean')
      .addColumn('chat_retention_days', 'integer', (col) =>
        col.check(sql`chat_retention_days is null or chat_retention_days > 0`),
      )
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('tenants').dropColumn('keep_chat').dropColumn('chat_retention_days').execute();
    await db.schema.dropTable('room_records').execute();
  },
};
