import { RoomId, TicketRequest, type TicketView, toIssues } from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import { RestError } from '../http/restErrors.js';
import { baseUrl, toView } from '../rooms/roomLookup.js';
import { RoomParams } from '../rooms/roomSchemas.js';
import type { RoomEntry } from './RoomEntry.js';

/**
 * Entering a room: read it (for the pre-join page) and get a signalling ticket. Both are for whoever may enter
 * (see {@link RoomEntry}); anyone else learns nothing about the room.
 */
export function entryRoutes(app: FastifyInstance, entry: RoomEntry, publicUrl: string | undefined): void {
  app.get('/v1/rooms/:roomId', async (request) => {
    const entrant = await entry.entrant(request, roomIdOf(request.params));
    return toView(entrant.room, baseUrl(request, publicUrl));
  });

  app.post('/v1/rooms/:roomId/tickets', async (request, reply): Promise<TicketView> => {
    const roomId = roomIdOf(request.params);
    const body = TicketRequest.safeParse(request.body === undefined ? {} : request.body);
    if (!body.success) throw new RestError('invalidBody', 'The ticket request is not valid', toIssues(body.error));
    const ticket = await entry.ticket(request, roomId, body.data.password);
    void reply.code(201).header('cache-control', 'no-store');
    return ticket;
  });
}

/** The room id of the path; a malformed one is `roomNotFound` like any other unknown room. */
export function roomIdOf(params: unknown): RoomId {
  const id = RoomId.safeParse(RoomParams.parse(params).roomId);
  if (!id.success) throw new RestError('roomNotFound', 'There is no such room');
  return id.data;
}
