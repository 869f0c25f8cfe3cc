import { newRoomId, type Room, type RoomStore } from '@plenum/db';
import { RoomId, toIssues } from '@plenum/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RestError } from '../http/restErrors.js';
import { RoomCreate, RoomParams, type RoomView } from './roomSchemas.js';

/**
 * `/v1/rooms`: create a room and read one. Open to anyone in this version; the identity
 * issue adds an authentication pre-handler to these routes without changing them.
 */
export function roomRoutes(app: FastifyInstance, rooms: RoomStore, publicUrl: string | undefined): void {
  app.post('/v1/rooms', async (request, reply) => {
    // No body at all means "no options"; a body must be an object.
    const body = RoomCreate.safeParse(request.body === undefined ? {} : request.body);
    if (!body.success) throw new RestError('invalidBody', 'The room could not be created', toIssues(body.error));
    const room = await rooms.create({ id: newRoomId(), title: body.data.title ?? '' });
    return reply
      .code(201)
      .header('location', `/v1/rooms/${room.id}`)
      .send(toView(room, baseUrl(request, publicUrl)));
  });

  app.get('/v1/rooms/:roomId', async (request) =>
    toView(await findRoom(rooms, request.params), baseUrl(request, publicUrl)),
  );
}

/** The open room named by `:roomId`, or a `roomNotFound` error (also for malformed ids). */
export async function findRoom(rooms: RoomStore, params: unknown): Promise<Room> {
  const { roomId } = RoomParams.parse(params);
  const id = RoomId.safeParse(roomId);
  const room = id.success ? await rooms.findById(id.data) : undefined;
  if (!room || room.closedAt !== null) throw new RestError('roomNotFound', 'There is no such room');
  return room;
}

function toView(room: Room, base: string): RoomView {
  return { id: room.id, title: room.title, createdAt: room.createdAt, url: `${base}/r/${room.id}` };
}

/** Where people reach this server: the configured public URL, else what the request addressed. */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
