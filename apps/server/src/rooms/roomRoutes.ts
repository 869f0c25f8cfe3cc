import { newRoomId, type RoomStore } from '@plenum/db';
import { toIssues } from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import type { TenantSettingsOf } from '../access/tenantSettingsOf.js';
import { requireUser } from '../auth/requireUser.js';
import { RestError } from '../http/restErrors.js';
import { myRoomRoutes } from './myRoomRoutes.js';
import type { RoomHost } from './RoomHost.js';
import { baseUrl, toView } from './roomLookup.js';
import { RoomCreate } from './roomSchemas.js';

export { baseUrl } from './roomLookup.js';

export interface RoomRoutesDeps {
  readonly rooms: RoomStore;
  readonly host: RoomHost;
  readonly tenantSettings: TenantSettingsOf;
  readonly publicUrl: string | undefined;
}

/**
 * `POST /v1/rooms`: a signed-in user creates a room in their tenant and owns it. It is private: only users of the
 * tenant who have its link enter, guests not at all until the owner allows them. The owner's other routes (list,
 * change, delete) are in {@link myRoomRoutes}; reading a room and entering it in `entryRoutes`.
 */
export function roomRoutes(app: FastifyInstance, deps: RoomRoutesDeps): void {
  app.post('/v1/rooms', async (request, reply) => {
    const user = requireUser(request);
    // No body at all means "no options"; a body must be an object.
    const body = RoomCreate.safeParse(request.body === undefined ? {} : request.body);
    if (!body.success) throw new RestError('invalidBody', 'The room could not be created', toIssues(body.error));
    const room = await deps.rooms.create({
      id: newRoomId(),
      title: body.data.title ?? '',
      ownerId: user.userId,
      createdBy: user.userId,
      tenantId: user.tenantId,
    });
    return reply
      .code(201)
      .header('location', `/v1/rooms/${room.id}`)
      .send(toView(room, baseUrl(request, deps.publicUrl)));
  });

  myRoomRoutes(app, deps);
}
