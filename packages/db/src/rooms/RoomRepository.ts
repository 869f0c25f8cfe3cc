import { RoomId } from '@plenum/protocol';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, RoomsTable } from '../Database.js';
import type { NewRoom, Room } from './Room.js';
import type { RoomStore } from './RoomStore.js';

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
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRoom(row);
  }

  async findById(id: RoomId): Promise<Room | undefined> {
    const row = await this.#db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
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
}

function toRoom(row: Selectable<RoomsTable>): Room {
  return {
    id: RoomId.parse(row.id),
    title: row.title,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    tenantId: row.tenant_id,
    closedAt: row.closed_at === null ? null : row.closed_at.toISOString(),
  };
}

function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  return date;
}
