import type { Kysely } from 'kysely';
import type { Database } from '../Database.js';

export interface StoredSession {
  readonly idHash: string;
  readonly userId: string;
  readonly tenantId: string;
  readonly isAdmin: boolean;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

/** The `sessions` table; callers pass the hash of the session id, never the id. */
export class SessionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(session: {
    idHash: string;
    userId: string;
    tenantId: string;
    providerSid: string | null;
    expiresAt: Date;
  }): Promise<void> {
    await this.#db
      .insertInto('sessions')
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        tenant_id: session.tenantId,
        provider_sid: session.providerSid,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The session with its user's current admin flag, or undefined. Expiry is the caller's decision. */
  async find(idHash: string): Promise<StoredSession | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id_hash',
        'sessions.user_id',
        'sessions.tenant_id',
        'users.is_admin',
        'sessions.last_seen_at',
        'sessions.expires_at',
      ])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      idHash: row.id_hash,
      userId: row.user_id,
      tenantId: row.tenant_id,
      isAdmin: row.is_admin,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    };
  }

  async touch(idHash: string, at: Date): Promise<void> {
    await this.#db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async delete(idHash: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /** Back-channel logout by the provider's session id. Returns how many sessions ended. */
  async deleteByProviderSid(providerSid: string): Promise<number> {
    const result = await this.#db.deleteFrom('sessions').where('provider_sid', '=', providerSid).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Back-channel logout without `sid`: every session of that user. Returns how many sessions ended. */
  async deleteByUser(issuer: string, subject: string): Promise<number> {
    const result = await this.#db
      .deleteFrom('sessions')
      .where('user_id', 'in', (qb) =>
        qb.selectFrom('users').select('id').where('issuer', '=', issuer).where('subject', '=', subject),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Removes sessions past their absolute end (housekeeping; expired sessions are refused anyway). */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.#db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
