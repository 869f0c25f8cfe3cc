import type { RoomId } from '@plenum/protocol';
import type { Room } from '@plenum/room-kit';
import type { RoomHost, RoomInit } from './RoomHost.js';

/** The live room `id` of a host that is not shutting down (a test's set-up step). */
export function openRoom(host: RoomHost, id: RoomId, init: RoomInit): Room {
  const room = host.roomFor(id, init);
  if (!room) throw new Error('the room host is shutting down');
  return room;
}
