import type { Room } from '@plenum/db';
import { RoomId } from '@plenum/protocol';
import type { FastifyRequest } from 'fastify';
import { RestError } from '../http/restErrors.js';
import { RoomParams, type RoomView } from './roomSchemas.js';

/** Runs `find` with the id named by `:roomId`; a malformed id or nothing found is `roomNotFound`. */
export async function withRoomId(params: unknown, find: (id: RoomId) => Promise<Room | undefined>): Promise<Room> {
  const { roomId } = RoomParams.parse(params);
  const id = RoomId.safeParse(roomId);
  const room = id.success ? await find(id.data) : undefined;
  if (!room) throw notFound();
  return room;
}

/** The one answer for a room that does not exist, is closed, or is not the caller's: nobody can probe. */
const notFound = () => new RestError('roomNotFound', 'There is no such room');

export function toView(room: Room, base: string): RoomView {
  return {
    id: room.id,
    title: room.title,
    createdAt: room.createdAt,
    url: `${base}/r/${room.id}`,
    waitingRoom: room.waitingRoom,
    guestAccess: room.guestAccess,
    hasPassword: room.hasPassword,
  };
}

/** Where people reach this server: the configured public URL, else what the request addressed. */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
