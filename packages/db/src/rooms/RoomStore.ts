import type { RoomId } from '@plenum/protocol';
import type { NewRoom, Room } from './Room.js';

/**
 * Persistence port for rooms. The server depends on this type, not on Kysely; `RoomRepository` is the
 * implementation (tests use it too, against a real database).
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
}
