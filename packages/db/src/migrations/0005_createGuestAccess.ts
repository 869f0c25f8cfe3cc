import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Guest links and guest sessions; rooms become private by default.
 *
 * - `guest_links`: invitations to one room for people without an account of the tenant. `code` is the secret in the
 *   link (at least 128 random bits, unique); it is kept so the owner can copy the link again, like the room id, which
 *   is a capability of the same strength. `uses` counts redemptions and is raised atomically against `max_uses`.
 *   Revoking sets `revoked_at`; the row stays for the owner's overview and for guest sessions that point at it.
 * - `guest_sessions`: a guest who redeemed a link holds a cookie; only the SHA-256 of its value is stored. It lets
 *   the guest fetch signalling tickets for that one room until it expires or its link is revoked.
 * - `rooms.guest_access` now defaults to `disabled`: a new room admits nobody without an account of its tenant until
 *   its owner allows guests. Existing rows keep their value.
 */
export const createGuestAccess: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('guest_links')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('room_id', 'text', (col) => col.notNull().references('rooms.id').onDelete('cascade'))
      .addColumn('code', 'text', (col) => col.notNull().unique())
      .addColumn('label', 'text', (col) => col.notNull().defaultTo('').check(sql`char_length(label) <= 100`))
      .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz')
      .addColumn('max_uses', 'integer', (col) => col.check(sql`max_uses > 0`))
      .addColumn('uses', 'integer', (col) => col.notNull().defaultTo(0).check(sql`uses >= 0`))
      .addColumn('revoked_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('guest_links_tenant_room_created')
      .on('guest_links')
      .columns(['tenant_id', 'room_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('guest_sessions')
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('room_id', 'text', (col) => col.notNull().references('rooms.id').onDelete('cascade'))
      .addColumn('link_id', 'text', (col) => col.notNull().references('guest_links.id').onDelete('cascade'))
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('guest_sessions_expires').on('guest_sessions').column('expires_at').execute();
    await db.schema
      .alterTable('rooms')
      .alterColumn('guest_access', (col) => col.setDefault('disabled'))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('rooms')
      .alterColumn('guest_access', (col) => col.setDefault('direct'))
      .execute();
    await db.schema.dropTable('guest_sessions').execute();
    await db.schema.dropTable('guest_links').execute();
  },
};
