import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Per-tenant feature flags and quotas, as nullable columns on `tenants` rather than a separate `tenant_settings`
 * table: there is exactly one set of settings per tenant, so a second table would only add a join and a row that
 * must be created with every tenant. NULL means "use the installation default" (config `tenantDefaults`), so an
 * operator changing a default changes it for every tenant that has not chosen otherwise. Quotas must be positive;
 * a check constraint backs up the validation of the CLI.
 */
export const addTenantSettings: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('tenants')
      .addColumn('guests_allowed', 'boolean')
      .addColumn('phone_dial_in', 'boolean')
      .addColumn('recording', 'boolean')
      .addColumn('streaming', 'boolean')
      .addColumn('max_participants_per_room', 'integer', (col) =>
        col.check(sql`max_participants_per_room is null or max_participants_per_room > 0`),
      )
      .addColumn('max_meeting_minutes', 'integer', (col) =>
        col.check(sql`max_meeting_minutes is null or max_meeting_minutes > 0`),
      )
      .addColumn('storage_megabytes', 'integer', (col) =>
        col.check(sql`storage_megabytes is null or storage_megabytes > 0`),
      )
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('tenants')
      .dropColumn('guests_allowed')
      .dropColumn('phone_dial_in')
      .dropColumn('recording')
      .dropColumn('streaming')
      .dropColumn('max_participants_per_room')
      .dropColumn('max_meeting_minutes')
      .dropColumn('storage_megabytes')
      .execute();
  },
};
