import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Tenants, users and login sessions. A user is identified by (issuer, subject) — the only pair an OIDC provider
 * promises to keep stable — and belongs to exactly one tenant. Sessions are stored under the SHA-256 of the opaque id
 * the browser holds, so a copy of the table does not let anyone sign in. No provider tokens are stored: the session
 * lives on its own (idle and absolute expiry), and `provider_sid` only lets back-channel logout find it.
 */
export const createIdentity: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('tenants')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addCheckConstraint('tenants_id_format', sql`id ~ '^[a-z0-9][a-z0-9-]{0,62}$'`)
      .addCheckConstraint('tenants_name_length', sql`char_length(name) between 1 and 200`)
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id'))
      .addColumn('issuer', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('email', 'text')
      .addColumn('locale', 'text')
      .addColumn('is_admin', 'boolean', (col) => col.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('users_issuer_subject', ['issuer', 'subject'])
      .execute();
    await db.schema.createIndex('users_tenant').on('users').column('tenant_id').execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id'))
      .addColumn('provider_sid', 'text')
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_provider_sid').on('sessions').column('provider_sid').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('sessions').execute();
    await db.schema.dropTable('users').execute();
    await db.schema.dropTable('tenants').execute();
  },
};
