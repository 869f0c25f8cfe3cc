import { newRoomId, type RoomStore } from '@plenum/db';
import { RoomId, toIssues } from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import { RestError } from '../http/restErrors.js';
import { RoomCreate, RoomParams, type RoomView } from './roomSchemas.js';

/**
 * `/v1/rooms`: create a room and read one. Open to anyone in this version; the identity
 * issue adds an authentication pre-handler to these routes without changing them.
 */
export function roomRoutes(app: FastifyInstance, rooms: RoomStore): void {
  app.post('/v1/rooms', async (request, reply) => {
    const body = RoomCreate.safeParse(request.body ?? {});
    if (!body.success) throw new RestError('invalidBody', 'The room could not be created', toIssues(body.error));
    const room = await rooms.create({ id: newRoomId(), title: body.data.title ?? '' });
    const view: RoomView = { id: room.id, title: room.title, createdAt: room.createdAt };
    return reply.code(201).header('location', `/v1/rooms/${room.id}`).send(view);
  });

  app.get('/v1/rooms/:roomId', async (request) => {
    const view = await findRoom(rooms, request.params);
    return view;
  });
}

/** The open room named by `:roomId`, or a `roomNotFound` error (also for malformed ids). */
export async function findRoom(rooms: RoomStore, params: unknown): Promise<RoomView> {
  const { roomId } = RoomParams.parse(params);
  const id = RoomId.safeParse(roomId);
  const room = id.success ? await rooms.findById(id.data) : undefined;
  if (!room || room.closedAt !== null) throw new RestError('roomNotFound', 'There is no such room');
  return { id: room.id, title: room.title, createdAt: room.createdAt };
}
