import { RoomId } from '@plenum/protocol';
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, GuestLinksTable } from '../Database.js';
import type { GuestLink, GuestLinkScope, GuestSession, NewGuestLink } from './GuestLink.js';

/**
 * The `guest_links` and `guest_sessions` tables. Management queries are scoped by tenant and room in the query;
 * only {@link findByCode} and {@link redeem} look a link up by its secret alone, because a guest knows nothing
 * else (the code is the capability).
 */
export class GuestLinkRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(scope: GuestLinkScope, link: NewGuestLink): Promise<GuestLink> {
    const row = await this.#db
      .insertInto('guest_links')
      .values({
        id: link.id,
        tenant_id: scope.tenantId,
        room_id: scope.roomId,
        code: link.code,
        label: link.label,
        created_by: link.createdBy,
        expires_at: link.expiresAt,
        max_uses: link.maxUses,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toLink(row);
  }

  /** The room's links, newest first, revoked ones included. */
  async list(scope: GuestLinkScope): Promise<GuestLink[]> {
    const rows = await this.#db
      .selectFrom('guest_links')
      .selectAll()
      .where(inScope(scope))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toLink);
  }

  async count(scope: GuestLinkScope): Promise<number> {
    const row = await this.#db
      .selectFrom('guest_links')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(inScope(scope))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Revokes the link (keeping the first revocation time); `undefined` when the scope has no such link. */
  async revoke(scope: GuestLinkScope, id: string): Promise<GuestLink | undefined> {
    const row = await this.#db
      .updateTable('guest_links')
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
      .where(inScope(scope))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toLink(row);
  }

  /**
   * Revokes a link of the room from inside its running meeting (a moderator banned a guest and closed the link they
   * came through): like {@link revoke}, scoped by the room alone, because the meeting knows its room, not its
   * tenant. `undefined` when the room has no such link.
   */
  async revokeInRoom(roomId: RoomId, id: string): Promise<GuestLink | undefined> {
    const row = await this.#db
      .updateTable('guest_links')
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
      .where('room_id', '=', roomId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toLink(row);
  }

  /**
   * Gives a guest session's use back to its link and ends the session, in one transaction (a moderator turned the
   * guest away from the waiting room, so the use let nobody in). Ending the session keeps `uses` equal to the sessions
   * the link opened: the guest must redeem the link again, like anyone else, to knock once more. False when there was
   * no such session (nothing changed).
   */
  async releaseSession(idHash: string): Promise<boolean> {
    return this.#db.transaction().execute(async (tx) => {
      const session = await tx
        .deleteFrom('guest_sessions')
        .where('id_hash', '=', idHash)
        .returning('link_id')
        .executeTakeFirst();
      if (session === undefined) return false;
      await tx
        .updateTable('guest_links')
        .set((eb) => ({ uses: sql<number>`greatest(${eb.ref('uses')} - 1, 0)` }))
        .where('id', '=', session.link_id)
        .execute();
      return true;
    });
  }

  async findByCode(code: string): Promise<GuestLink | undefined> {
    const row = await this.#db.selectFrom('guest_links').selectAll().where('code', '=', code).executeTakeFirst();
    return row === undefined ? undefined : toLink(row);
  }

  /**
   * Uses the link once and opens a guest session, in one statement each inside a transaction: the use is counted
   * only if the link is still active at `now` (not revoked, not expired, below its limit), so concurrent guests can
   * never exceed `max_uses`. Returns `undefined` when the link could not be used; `findByCode` then says why.
   */
  async redeem(
    code: string,
    now: Date,
    session: { idHash: string; displayName: string; expiresAt: Date },
  ): Promise<GuestLink | undefined> {
    return this.#db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('guest_links')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('code', '=', code)
        .where('revoked_at', 'is', null)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) return undefined;
      await tx
        .insertInto('guest_sessions')
        .values({
          id_hash: session.idHash,
          tenant_id: row.tenant_id,
          room_id: row.room_id,
          link_id: row.id,
          display_name: session.displayName,
          expires_at: session.expiresAt,
        })
        .execute();
      return toLink(row);
    });
  }

  /** The guest session with whether its link was revoked since, or undefined. Expiry is the caller's decision. */
  async findSession(idHash: string): Promise<GuestSession | undefined> {
    const row = await this.#db
      .selectFrom('guest_sessions')
      .innerJoin('guest_links', 'guest_links.id', 'guest_sessions.link_id')
      .select([
        'guest_sessions.id_hash',
        'guest_sessions.tenant_id',
        'guest_sessions.room_id',
        'guest_sessions.link_id',
        'guest_sessions.display_name',
        'guest_sessions.expires_at',
        'guest_links.revoked_at',
        'guest_links.max_uses',
      ])
      .where('guest_sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      idHash: row.id_hash,
      tenantId: row.tenant_id,
      roomId: RoomId.parse(row.room_id),
      linkId: row.link_id,
      linkMaxUses: row.max_uses,
      displayName: row.display_name,
      expiresAt: row.expires_at,
      linkRevoked: row.revoked_at !== null,
    };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.#db.deleteFrom('guest_sessions').where('id_hash', '=', idHash).execute();
  }

  /** Housekeeping: removes guest sessions past their end. Returns how many. */
  async deleteExpiredSessions(now: Date): Promise<number> {
    const result = await this.#db.deleteFrom('guest_sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function inScope(scope: GuestLinkScope) {
  return (eb: ExpressionBuilder<Database, 'guest_links'>) =>
    eb.and([eb('tenant_id', '=', scope.tenantId), eb('room_id', '=', scope.roomId)]);
}

function toLink(row: Selectable<GuestLinksTable>): GuestLink {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    roomId: RoomId.parse(row.room_id),
    code: row.code,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at === null ? null : row.expires_at.toISOString(),
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: row.revoked_at === null ? null : row.revoked_at.toISOString(),
  };
}
