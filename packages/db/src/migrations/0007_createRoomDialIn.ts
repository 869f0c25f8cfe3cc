import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Telephone dial-in of a room (issue 6): a row exists while the room's owner has dial-in enabled.
 *
 * - `conference_number`: the 10 digits a caller keys in to choose the room; unique across the installation, so the
 *   SIP gateway can find the room by it. Text, so a leading zero is kept.
 * - `pin`: the 10 digits a caller keys in next. It is stored as it is (not hashed), like a guest link's code: the
 *   owner must be able to read it again to hand it out, and it is only a second factor beside the conference
 *   number. The gateway compares it in constant time and throttles failed attempts.
 * - Deleting the room deletes its dial-in; disabling deletes the row, regenerating replaces both numbers.
 */
export const createRoomDialIn: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('room_dial_in')
      .addColumn('room_id', 'text', (col) => col.primaryKey().references('rooms.id').onDelete('cascade'))
      .addColumn('conference_number', 'text', (col) =>
        col.notNull().unique().check(sql`conference_number ~ '^[0-9]{10}$'`),
      )
      .addColumn('pin', 'text', (col) => col.notNull().check(sql`pin ~ '^[0-9]{10}$'`))
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('room_dial_in').execute();
  },
};
