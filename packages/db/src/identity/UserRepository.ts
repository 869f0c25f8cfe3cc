import { randomBytes } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, UsersTable } from '../Database.js';

/** What a login knows about a user, taken from the provider's ID token. */
export interface UserProfile {
  readonly issuer: string;
  readonly subject: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly locale: string | null;
  readonly isAdmin: boolean;
}

export interface User extends UserProfile {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The `users` table. Every read that is not part of login is scoped to a tenant. */
export class UserRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /**
   * Creates the user on first login and refreshes name, e-mail, locale, tenant and admin flag on every later one
   * (the provider is the source of truth for them). Keyed by (issuer, subject).
   */
  async upsertFromLogin(profile: UserProfile): Promise<User> {
    const values = {
      tenant_id: profile.tenantId,
      display_name: profile.displayName,
      email: profile.email,
      locale: profile.locale,
      is_admin: profile.isAdmin,
    };
    const row = await this.#db
      .insertInto('users')
      .values({
        id: randomBytes(16).toString('base64url'),
        issuer: profile.issuer,
        subject: profile.subject,
        ...values,
      })
      .onConflict((oc) => oc.columns(['issuer', 'subject']).doUpdateSet({ ...values, updated_at: sql<Date>`now()` }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  /** The user with this id in this tenant; another tenant's user is not found. */
  async findInTenant(tenantId: string, id: string): Promise<User | undefined> {
    const row = await this.#db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    issuer: row.issuer,
    subject: row.subject,
    displayName: row.display_name,
    email: row.email,
    locale: row.locale,
    isAdmin: row.is_admin,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
