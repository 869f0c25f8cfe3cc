import { type Kysely, type Migration, sql } from 'kysely';

/**
 * `tenants.language`: the language of a tenant's generated records (vote reports, minutes) and of the prompts its
 * callers hear (issue 7). NULL means "use the installation default" (config `tenantDefaults.language`), as for every
 * tenant setting; for phone prompts NULL means the SIP gateway's own `sip.language`. A check constraint backs up the
 * validation of the CLI.
 */
export const addTenantLanguage: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('tenants')
      .addColumn('language', 'text', (col) => col.check(sql`language is null or language in ('de', 'en')`))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('tenants').dropColumn('language').execute();
  },
};
