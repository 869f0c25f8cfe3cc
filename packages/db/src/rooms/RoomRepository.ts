import { RoomId } from '@plenum/protocol';
import { type ExpressionBuilder, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database, RoomsTable } from '../Database.js';
import type { NewRoom, Room, RoomChange, RoomOwnerScope, RoomPageCursor } from './Room.js';
import type { RoomStore } from './RoomStore.js';

/** Creation time at the precision the API shows (ms), so a cursor taken from a room names it exactly. */
const createdMs = sql<Date>`date_trunc('milliseconds', created_at)`;

/** {@link RoomStore} over the `rooms` table. Stateless apart from the Kysely handle it is given. */
export class RoomRepository implements RoomStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(room: NewRoom): Promise<Room> {
    const row = await this.#db
      .insertInto('rooms')
      .values({
        id: room.id,
        title: room.title,
        created_by: room.createdBy ?? null,
        tenant_id: room.tenantId ?? null,
        owner_id: room.ownerId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRoom(row);
  }

  async findById(id: RoomId): Promise<Room | undefined> {
    const row = await this.#db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  }

  async findInTenant(tenantId: string, id: RoomId): Promise<Room | undefined> {
    const row = await this.#db
      .selectFrom('rooms')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  }

  async findOwned(scope: RoomOwnerScope, id: RoomId): Promise<Room | undefined> {
    const row = await this.#db.selectFrom('rooms').selectAll().where(ownedOpen(scope, id)).executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  }

  async passwordHashOf(id: RoomId): Promise<string | null | undefined> {
    const row = await this.#db.selectFrom('rooms').select('password_hash').where('id', '=', id).executeTakeFirst();
    return row?.password_hash;
  }

  async markClosed(id: RoomId, closedAt?: string): Promise<Room | undefined> {
    const at = closedAt === undefined ? sql<Date>`now()` : parseInstant(closedAt);
    const row = await this.#db
      .updateTable('rooms')
      .set({ closed_at: sql<Date>`coalesce(closed_at, ${at})` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  }

  async listOwned(scope: RoomOwnerScope, page: { limit: number; after?: RoomPageCursor | undefined }): Promise<Room[]> {
    const { after } = page;
    let query = this.#db.selectFrom('rooms').selectAll().where(ownedOpen(scope));
    if (after !== undefined) {
      const at = parseInstant(after.createdAt);
      query = query.where((eb) =>
        eb.or([eb(createdMs, '<', at), eb.and([eb(createdMs, '=', at), eb('id', '<', after.id)])]),
      );
    }
    const rows = await query.orderBy(createdMs, 'desc').orderBy('id', 'desc').limit(page.limit).execute();
    return rows.map(toRoom);
  }

  async updateOwned(scope: RoomOwnerScope, id: RoomId, change: RoomChange): Promise<Room | undefined> {
    const values = toColumns(change);
    if (Object.keys(values).length === 0) return this.findOwned(scope, id);
    const row = await this.#db
      .updateTable('rooms')
      .set(values)
      .where(ownedOpen(scope, id))
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  }

  async closeOwned(scope: RoomOwnerScope, id: RoomId): Promise<Room | undefined> {
    const row = await this.#db
      .updateTable('rooms')
      .set({ closed_at: sql<Date>`now()` })
      .where(ownedOpen(scope, id))
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  }
}

/** Open rooms of exactly this tenant and owner (and id, when given): the one filter every owner query uses. */
function ownedOpen(scope: RoomOwnerScope, id?: RoomId) {
  return (eb: ExpressionBuilder<Database, 'rooms'>) =>
    eb.and([
      eb('tenant_id', '=', scope.tenantId),
      eb('owner_id', '=', scope.ownerId),
      eb('closed_at', 'is', null),
      ...(id === undefined ? [] : [eb('id', '=', id)]),
    ]);
}

function toColumns(change: RoomChange): Updateable<RoomsTable> {
  const { title, waitingRoom, guestAccess, passwordHash } = change;
  return {
    ...(title === undefined ? {} : { title }),
    ...(waitingRoom === undefined ? {} : { waiting_room: waitingRoom }),
    ...(guestAccess === undefined ? {} : { guest_access: guestAccess }),
    ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
  };
}

function toRoom(row: Selectable<RoomsTable>): Room {
  return {
    id: RoomId.parse(row.id),
    title: row.title,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    tenantId: row.tenant_id,
    closedAt: row.closed_at === null ? null : row.closed_at.toISOString(),
    ownerId: row.owner_id,
    waitingRoom: row.waiting_room,
    guestAccess: row.guest_access,
    hasPassword: row.password_hash !== null,
  };
}

function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  return date;
}
