import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Room ownership and room settings.
 *
 * - `owner_id` is the Plenum user (`users.id`) who may change and delete the room; null for rooms made without a
 *   sign-in (the anonymous `POST /v1/rooms` of earlier versions, which still works). It does not replace
 *   `created_by`: `created_by` records who made the room and never changes, `owner_id` is the access-control column
 *   and may be handed over later. A deleted user leaves the room without an owner (`on delete set null`).
 * - `tenant_id` (from 0001) is reused as the room's tenant. It gets no foreign key here: rows written before tenants
 *   existed may hold values that name no tenant, and a key would make this migration fail on them.
 * - `waiting_room` and `guest_access` have defaults that keep every existing room behaving exactly as before: no
 *   waiting room, and guests (everybody who has the link) enter directly. Private-by-default is switched on by a
 *   later migration together with the guest-link flow, so rooms never become unreachable in between.
 * - `password_hash` is an scrypt hash (`scrypt$N$r$p$salt$hash`), never the password, and never leaves the server.
 */
export const addRoomOwnership: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('rooms')
      .addColumn('owner_id', 'text', (col) => col.references('users.id').onDelete('set null'))
      .addColumn('waiting_room', 'text', (col) =>
        col.notNull().defaultTo('off').check(sql`waiting_room in ('off', 'guests', 'everyone')`),
      )
      .addColumn('guest_access', 'text', (col) =>
        col.notNull().defaultTo('direct').check(sql`guest_access in ('disabled', 'waitingRoom', 'direct')`),
      )
      .addColumn('password_hash', 'text')
      .execute();
    await db.schema
      .createIndex('rooms_tenant_owner_created')
      .on('rooms')
      .columns(['tenant_id', 'owner_id', 'created_at', 'id'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('rooms_tenant_owner_created').execute();
    await db.schema
      .alterTable('rooms')
      .dropColumn('owner_id')
      .dropColumn('waiting_room')
      .dropColumn('guest_access')
      .dropColumn('password_hash')
      .execute();
  },
};
