import type { RoomId } from '@plenum/protocol';
import type { NewRoom, Room, RoomChange, RoomOwnerScope, RoomPageCursor } from './Room.js';

/**
 * Persistence port for rooms. The server depends on this type, not on Kysely; `RoomRepository` is the
 * implementation (tests use it too, against a real database).
 *
 * The `…Owned` methods are scoped by tenant and owner in the query itself: a room of another tenant or another owner
 * is indistinguishable from one that does not exist. They only see open rooms.
 */
export interface RoomStore {
  /** Inserts the room and returns it as stored. Rejects if the id is taken or the title is too long. */
  create(room: NewRoom): Promise<Room>;
  /** The room, closed or not, or `undefined` when there is none with that id. */
  findById(id: RoomId): Promise<Room | undefined>;
  /**
   * Marks the room closed at `closedAt` (ISO string; default: the database's now) and returns it, or `undefined`
   * when it does not exist. Closing a closed room keeps the first closing time, so retries are harmless.
   */
  markClosed(id: RoomId, closedAt?: string): Promise<Room | undefined>;
  /** The open room with this id in this tenant, or `undefined` (another tenant's room looks like none). */
  findInTenant(tenantId: string, id: RoomId): Promise<Room | undefined>;
  /** The open room if it belongs to the scope, or `undefined`. */
  findOwned(scope: RoomOwnerScope, id: RoomId): Promise<Room | undefined>;
  /** The room's scrypt password hash, null without a password, `undefined` when there is no such room. */
  passwordHashOf(id: RoomId): Promise<string | null | undefined>;
  /** Open rooms of this owner in this tenant, newest first, at most `limit`, continuing after `after`. */
  listOwned(scope: RoomOwnerScope, page: { limit: number; after?: RoomPageCursor | undefined }): Promise<Room[]>;
  /** Applies the change to the open room if it belongs to the scope; `undefined` otherwise. */
  updateOwned(scope: RoomOwnerScope, id: RoomId, change: RoomChange): Promise<Room | undefined>;
  /** Closes the open room if it belongs to the scope and returns it; `undefined` otherwise. */
  closeOwned(scope: RoomOwnerScope, id: RoomId): Promise<Room | undefined>;
}
