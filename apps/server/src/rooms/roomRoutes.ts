import { newRoomId, type RoomStore } from '@plenum/db';
import { toIssues } from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import { RestError } from '../http/restErrors.js';
import { myRoomRoutes } from './myRoomRoutes.js';
import { baseUrl, findRoom, toView } from './roomLookup.js';
import { RoomCreate } from './roomSchemas.js';

export { baseUrl, findRoom } from './roomLookup.js';

/**
 * `/v1/rooms`: create a room and read one, open to anyone. A signed-in creator becomes the room's owner (in their
 * tenant); the owner's routes (list, change, delete) are in {@link myRoomRoutes}.
 */
export function roomRoutes(app: FastifyInstance, rooms: RoomStore, publicUrl: string | undefined): void {
  app.post('/v1/rooms', async (request, reply) => {
    // No body at all means "no options"; a body must be an object.
    const body = RoomCreate.safeParse(request.body === undefined ? {} : request.body);
    if (!body.success) throw new RestError('invalidBody', 'The room could not be created', toIssues(body.error));
    const user = request.principal;
    const room = await rooms.create({
      id: newRoomId(),
      title: body.data.title ?? '',
      ...(user ? { ownerId: user.userId, createdBy: user.userId, tenantId: user.tenantId } : {}),
    });
    return reply
      .code(201)
      .header('location', `/v1/rooms/${room.id}`)
      .send(toView(room, baseUrl(request, publicUrl)));
  });

  app.get('/v1/rooms/:roomId', async (request) =>
    toView(await findRoom(rooms, request.params), baseUrl(request, publicUrl)),
  );

  myRoomRoutes(app, rooms, publicUrl);
}
