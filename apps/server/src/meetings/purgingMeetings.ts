import type { RoomStore } from '@plenum/db';

/**
 * The room store, except that closing a room through its owner (deleting it: `DELETE /v1/rooms/{roomId}`) also
 * deletes the room's meetings, attendance and asset files. Rooms are only marked closed, so the database's cascade
 * never fires; this is where "deleting a room deletes its history" happens. A purge that fails goes to `onError`;
 * the room is closed either way, so the caller goes on to end its meeting.
 */
export function purgingMeetings(
  rooms: RoomStore,
  purge: (roomId: string) => Promise<void>,
  onError: (err: unknown, roomId: string) => void,
): RoomStore {
  return {
    create: (room) => rooms.create(room),
    findById: (id) => rooms.findById(id),
    markClosed: (id, closedAt) => rooms.markClosed(id, closedAt),
    findInTenant: (tenantId, id) => rooms.findInTenant(tenantId, id),
    findOwned: (scope, id) => rooms.findOwned(scope, id),
    passwordHashOf: (id) => rooms.passwordHashOf(id),
    listOwned: (scope, page) => rooms.listOwned(scope, page),
    updateOwned: (scope, id, change) => rooms.updateOwned(scope, id, change),
    async closeOwned(scope, id) {
      const closed = await rooms.closeOwned(scope, id);
      if (closed) await purge(closed.id).catch((err: unknown) => onError(err, closed.id));
      return closed;
    },
  };
}
