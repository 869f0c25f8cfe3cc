import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Meetings of a room, who attended them, and the files generated in them (issue 7).
 *
 * - `meetings`: one row per run of a room's runtime (first join until the room closes). The id is made by the
 *   application (128 random bits), so the runtime knows it before the row is written. `title` is the room's title
 *   when the meeting started (reports must show what it was called then). `tenant_id` is copied from the room,
 *   because rooms made without a sign-in have none and get no meeting history. `presence_expires_at` is when the
 *   attendance rows of this meeting are deleted (personal data; the retention is decided when the meeting starts).
 * - `meeting_presence`: one row per participant session (join until leave; someone sent back to the waiting room and
 *   admitted again keeps the participant id and gets a second row). `person_key` groups the sessions of one
 *   person within this meeting (a SHA-256 of the meeting id and the runtime's identity, so it links nothing across
 *   meetings and holds no phone number); `display_name` is the name at the time; `user_id` only for signed-in users.
 * - `meeting_assets`: generated files (PDFs, protocols, exports). The bytes live in the asset store under
 *   `storage_key`; the row counts towards the tenant's storage quota. `visibility` says who besides the room's owner
 *   may download it: moderators of the meeting, or everyone who attended.
 * - Deleting a meeting deletes its presence and asset rows; deleting a room (or its tenant) deletes its meetings.
 *   The asset files are deleted by the application, which reads the keys first.
 */
export const createMeetings: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('meetings')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('room_id', 'text', (col) => col.notNull().references('rooms.id').onDelete('cascade'))
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('title', 'text', (col) => col.notNull().check(sql`char_length(title) <= 200`))
      .addColumn('started_at', 'timestamptz', (col) => col.notNull())
      .addColumn('ended_at', 'timestamptz')
      .addColumn('presence_expires_at', 'timestamptz', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('meetings_room_started').on('meetings').columns(['room_id', 'started_at']).execute();
    await db.schema.createIndex('meetings_presence_expires').on('meetings').column('presence_expires_at').execute();
    await db.schema
      .createTable('meeting_presence')
      .addColumn('id', 'bigserial', (col) => col.primaryKey())
      .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('participant_id', 'text', (col) => col.notNull())
      .addColumn('person_key', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) =>
        col.notNull().check(sql`kind in ('browser', 'phone', 'roomSystem', 'recorder')`),
      )
      .addColumn('role', 'text', (col) =>
        col.notNull().check(sql`role in ('owner', 'moderator', 'participant', 'guest')`),
      )
      .addColumn('user_id', 'text', (col) => col.references('users.id').onDelete('set null'))
      .addColumn('display_name', 'text', (col) => col.notNull().check(sql`char_length(display_name) <= 200`))
      .addColumn('joined_at', 'timestamptz', (col) => col.notNull())
      .addColumn('left_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('meeting_presence_participant')
      .on('meeting_presence')
      .columns(['meeting_id', 'participant_id'])
      .execute();
    await db.schema
      .createIndex('meeting_presence_user')
      .on('meeting_presence')
      .columns(['meeting_id', 'user_id'])
      .execute();
    await db.schema
      .createTable('meeting_assets')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind ~ '^[a-z][a-zA-Z0-9-]{0,63}$'`))
      .addColumn('filename', 'text', (col) => col.notNull().check(sql`char_length(filename) between 1 and 200`))
      .addColumn('media_type', 'text', (col) => col.notNull().check(sql`char_length(media_type) between 3 and 127`))
      .addColumn('size', 'integer', (col) => col.notNull().check(sql`size >= 0`))
      .addColumn('sha256', 'text', (col) => col.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
      .addColumn('storage_key', 'text', (col) => col.notNull().unique())
      .addColumn('visibility', 'text', (col) => col.notNull().check(sql`visibility in ('moderators', 'participants')`))
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('meeting_assets_meeting').on('meeting_assets').column('meeting_id').execute();
    await db.schema.createIndex('meeting_assets_tenant').on('meeting_assets').column('tenant_id').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('meeting_assets').execute();
    await db.schema.dropTable('meeting_presence').execute();
    await db.schema.dropTable('meetings').execute();
  },
};
