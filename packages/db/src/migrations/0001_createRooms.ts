import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Rooms. Ids are made by the application (opaque, unguessable), so there is no sequence. `created_by` and
 * `tenant_id` are plain nullable text for now: identities and tenants arrive in later migrations, which may add
 * foreign keys once the referenced tables exist.
 */
export const createRooms: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('rooms')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('created_by', 'text')
      .addColumn('tenant_id', 'text')
      .addColumn('closed_at', 'timestamptz')
      .addCheckConstraint('rooms_title_length', sql`char_length(title) <= 200`)
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('rooms').execute();
  },
};
