import type { Kysely } from 'kysely';
import type { Database } from '../Database.js';

export interface Tenant {
  readonly id: string;
  readonly name: string;
}

/** The `tenants` table. Tenants come from configuration and seeds for now; a CLI manages them later. */
export class TenantRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Creates the tenant, or renames it when it exists (idempotent, so seeding at every start is safe). */
  async ensure(tenant: Tenant): Promise<void> {
    await this.#db
      .insertInto('tenants')
      .values({ id: tenant.id, name: tenant.name })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: tenant.name }))
      .execute();
  }

  async findById(id: string): Promise<Tenant | undefined> {
    return this.#db.selectFrom('tenants').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  }
}
