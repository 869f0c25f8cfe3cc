import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, MeetingAssetsTable, MeetingsTable, RoleColumn } from '../Database.js';
import type { RoomOwnerScope } from '../rooms/Room.js';
import type { AttendedMeeting, AttendeeScope, Meeting, MeetingWithAssets, NewMeeting } from './Meeting.js';
import { toMeetingAsset } from './MeetingAssetRepository.js';

/**
 * The `meetings` table: one row per run of a room's runtime. The room host writes it (open, close); the owner reads
 * the room's history. Rooms without a tenant (made without a sign-in) get no meeting history.
 */
export class MeetingRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /**
   * Records that a room's runtime started, copying the room's tenant and current title. Resolves undefined (and writes
   * nothing) for a room that does not exist, is closed, or has no tenant.
   */
  async open(meeting: NewMeeting): Promise<Meeting | undefined> {
    const row = await this.#db
      .insertInto('meetings')
      .columns(['id', 'room_id', 'tenant_id', 'title', 'started_at', 'presence_expires_at'])
      .expression((eb) =>
        eb
          .selectFrom('rooms')
          .select([
            eb.val(meeting.id).as('id'),
            'rooms.id as room_id',
            sql<string>`rooms.tenant_id`.as('tenant_id'),
            'rooms.title',
            eb.val(meeting.startedAt).as('started_at'),
            eb.val(meeting.presenceExpiresAt).as('presence_expires_at'),
          ])
          .where('rooms.id', '=', meeting.roomId)
          .where('rooms.tenant_id', 'is not', null)
          .where('rooms.closed_at', 'is', null)
          .where(({ exists, selectFrom }) =>
            exists(selectFrom('tenants').select('tenants.id').whereRef('tenants.id', '=', 'rooms.tenant_id')),
          ),
      )
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toMeeting(row);
  }

  /** Records the end; a second call keeps the first end. */
  async close(id: string, endedAt: Date): Promise<void> {
    await this.#db
      .updateTable('meetings')
      .set({ ended_at: sql<Date>`coalesce(ended_at, ${endedAt})` })
      .where('id', '=', id)
      .execute();
  }

  async findById(id: string): Promise<Meeting | undefined> {
    const row = await this.#db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toMeeting(row);
  }

  /**
   * The meetings of an open room owned by `scope`, newest first, each with its assets (oldest first); undefined when
   * the room is not the owner's (or closed), so a stranger cannot tell it from one that does not exist.
   */
  async listOwned(scope: RoomOwnerScope, roomId: string, limit: number): Promise<MeetingWithAssets[] | undefined> {
    const room = await this.#db
      .selectFrom('rooms')
      .select('id')
      .where('id', '=', roomId)
      .where('tenant_id', '=', scope.tenantId)
      .where('owner_id', '=', scope.ownerId)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    if (!room) return undefined;
    const meetings = await this.#db
      .selectFrom('meetings')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('tenant_id', '=', scope.tenantId)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return this.#withAssets(meetings);
  }

  /**
   * The meetings of `scope`'s tenant that this user attended signed in (a presence row with their user id), in open
   * rooms of that tenant, newest first, at most `limit`, each with all its assets, the user's roles in it and whether
   * they own its room. `before` (a meeting id) continues after that meeting; undefined when it is not a meeting of the
   * tenant the user attended, so a cursor cannot probe other meetings. Attendance expires with the presence rows.
   */
  async listAttended(
    scope: AttendeeScope,
    page: { readonly limit: number; readonly before?: string | undefined },
  ): Promise<AttendedMeeting[] | undefined> {
    const attended = (eb: ExpressionBuilder<Database, 'meetings'>) =>
      eb.exists(
        eb
          .selectFrom('meeting_presence')
          .select('meeting_presence.id')
          .whereRef('meeting_presence.meeting_id', '=', 'meetings.id')
          .where('meeting_presence.user_id', '=', scope.userId),
      );
    let query = this.#db
      .selectFrom('meetings')
      .innerJoin('rooms', 'rooms.id', 'meetings.room_id')
      .selectAll('meetings')
      .select(sql<boolean>`coalesce(rooms.owner_id = ${scope.userId}, false)`.as('owns_room'))
      .where('meetings.tenant_id', '=', scope.tenantId)
      .where('rooms.tenant_id', '=', scope.tenantId)
      .where('rooms.closed_at', 'is', null)
      .where(attended);
    if (page.before !== undefined) {
      const cursor = await this.#db
        .selectFrom('meetings')
        .select(['started_at', 'id'])
        .where('id', '=', page.before)
        .where('tenant_id', '=', scope.tenantId)
        .where(attended)
        .executeTakeFirst();
      if (!cursor) return undefined;
      query = query.where(({ eb, refTuple, tuple }) =>
        eb(refTuple('meetings.started_at', 'meetings.id'), '<', tuple(cursor.started_at, cursor.id)),
      );
    }
    const meetings = await query
      .orderBy('meetings.started_at', 'desc')
      .orderBy('meetings.id', 'desc')
      .limit(page.limit)
      .execute();
    const withAssets = await this.#withAssets(meetings);
    const roles = new Map<string, RoleColumn[]>();
    if (meetings.length > 0) {
      const rows = await this.#db
        .selectFrom('meeting_presence')
        .select(['meeting_id', 'role'])
        .distinct()
        .where(
          'meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .where('user_id', '=', scope.userId)
        .orderBy('meeting_id')
        .orderBy('role')
        .execute();
      for (const r of rows) roles.set(r.meeting_id, [...(roles.get(r.meeting_id) ?? []), r.role]);
    }
    return withAssets.map((m, i) => ({
      ...m,
      roles: roles.get(m.id) ?? [],
      ownsRoom: meetings[i]?.owns_room === true,
    }));
  }

  /** The meetings, in the order given, each with its assets (oldest first). */
  async #withAssets(meetings: readonly Selectable<MeetingsTable>[]): Promise<MeetingWithAssets[]> {
    if (meetings.length === 0) return [];
    const assets = await this.#db
      .selectFrom('meeting_assets')
      .selectAll()
      .where(
        'meeting_id',
        'in',
        meetings.map((m) => m.id),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const byMeeting = new Map<string, Selectable<MeetingAssetsTable>[]>();
    for (const a of assets) byMeeting.set(a.meeting_id, [...(byMeeting.get(a.meeting_id) ?? []), a]);
    return meetings.map((m) => ({ ...toMeeting(m), assets: (byMeeting.get(m.id) ?? []).map(toMeetingAsset) }));
  }

  /**
   * Deletes every meeting of the room with its presence and asset rows (the room was deleted). Resolves the storage
   * keys of the deleted assets: the caller deletes the files.
   */
  async deleteOfRoom(roomId: string): Promise<string[]> {
    return this.#db.transaction().execute(async (trx) => {
      const keys = await trx
        .selectFrom('meeting_assets')
        .innerJoin('meetings', 'meetings.id', 'meeting_assets.meeting_id')
        .select('meeting_assets.storage_key')
        .where('meetings.room_id', '=', roomId)
        .execute();
      await trx.deleteFrom('meetings').where('room_id', '=', roomId).execute();
      return keys.map((k) => k.storage_key);
    });
  }

  /**
   * Ends every meeting still open, at its last recorded join or leave (else its start), and ends its open sessions at
   * the same time: what is left after a server stopped without closing its rooms. Call at start, before rooms run,
   * and only while one node runs rooms (with scale-out this must be limited to the meetings of the node that died).
   * Resolves how many meetings it ended.
   */
  async closeAbandoned(): Promise<number> {
    return this.#db.transaction().execute(async (trx) => {
      const ended = await sql<{ id: string }>`
        with ends as (
          select m.id, greatest(m.started_at, max(coalesce(p.left_at, p.joined_at))) as end_at
          from meetings m left join meeting_presence p on p.meeting_id = m.id
          where m.ended_at is null
          group by m.id, m.started_at
        )
        update meetings set ended_at = coalesce(ends.end_at, meetings.started_at)
        from ends where meetings.id = ends.id
        returning meetings.id`.execute(trx);
      const ids = ended.rows.map((r) => r.id);
      if (ids.length > 0) {
        await sql`
          update meeting_presence set left_at = meetings.ended_at
          from meetings
          where meeting_presence.meeting_id = meetings.id and meeting_presence.left_at is null
            and meetings.id in (${sql.join(ids)})`.execute(trx);
      }
      return ids.length;
    });
  }

  /** Deletes the presence rows of every meeting whose presence retention has passed; resolves how many. */
  async deleteExpiredPresence(now: Date): Promise<number> {
    const result = await this.#db
      .deleteFrom('meeting_presence')
      .where('meeting_id', 'in', (eb) => eb.selectFrom('meetings').select('id').where('presence_expires_at', '<=', now))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toMeeting(row: Selectable<MeetingsTable>): Meeting {
  return {
    id: row.id,
    roomId: row.room_id,
    tenantId: row.tenant_id,
    title: row.title,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at === null ? null : row.ended_at.toISOString(),
  };
}
