import type { RoomChange, RoomOwnerScope } from '@plenum/db';
import { toIssues } from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import { requireUser } from '../auth/requireUser.js';
import { RestError } from '../http/restErrors.js';
import { decodeRoomCursor, encodeRoomCursor } from './roomCursor.js';
import { baseUrl, toView, withRoomId } from './roomLookup.js';
import { hashRoomPassword } from './roomPassword.js';
import type { RoomRoutesDeps } from './roomRoutes.js';
import { type RoomList, RoomListQuery, RoomUpdate, roomLimits } from './roomSchemas.js';

/**
 * The owner's routes: list my rooms, change one, delete one. Signed-in users only (401 `unauthenticated`). The
 * tenant and owner come from the session, never from the request, and every query is scoped by both, so a room of
 * another tenant or another owner answers `roomNotFound` exactly like one that does not exist.
 */
export function myRoomRoutes(app: FastifyInstance, deps: RoomRoutesDeps): void {
  const { rooms, host, publicUrl } = deps;
  app.get('/v1/rooms', async (request): Promise<RoomList> => {
    const scope = ownerScope(requireUser(request));
    const query = RoomListQuery.safeParse(request.query);
    if (!query.success) throw new RestError('invalidQuery', 'The query is not valid', toIssues(query.error));
    const after = query.data.cursor === undefined ? undefined : decodeRoomCursor(query.data.cursor);
    if (query.data.cursor !== undefined && after === undefined) {
      throw new RestError('invalidQuery', 'The query is not valid', [{ path: 'cursor', message: 'unknown cursor' }]);
    }
    const limit = query.data.limit ?? roomLimits.pageDefault;
    // One more than asked tells whether there is a next page without a count query.
    const found = await rooms.listOwned(scope, { limit: limit + 1, after });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    const base = baseUrl(request, publicUrl);
    return {
      rooms: page.map((room) => toView(room, base)),
      nextCursor: found.length > limit && last ? encodeRoomCursor(last) : null,
    };
  });

  app.patch('/v1/rooms/:roomId', async (request) => {
    const scope = ownerScope(requireUser(request));
    const body = RoomUpdate.safeParse(request.body);
    if (!body.success) throw new RestError('invalidBody', 'The room could not be changed', toIssues(body.error));
    if (body.data.guestAccess !== undefined && body.data.guestAccess !== 'disabled') {
      const tenant = await deps.tenantSettings(scope.tenantId);
      if (!tenant?.guestsAllowed) throw new RestError('featureDisabled', 'Guests are not allowed in this organisation');
    }
    const change = await toChange(body.data);
    const room = await withRoomId(request.params, (id) => rooms.updateOwned(scope, id, change));
    if (body.data.waitingRoom !== undefined) host.applyWaitingRoom(room.id, body.data.waitingRoom);
    if (body.data.guestAccess !== undefined) host.applyGuestAccess(room.id, body.data.guestAccess);
    return toView(room, baseUrl(request, publicUrl));
  });

  app.delete('/v1/rooms/:roomId', async (request, reply) => {
    const scope = ownerScope(requireUser(request));
    const room = await withRoomId(request.params, (id) => rooms.closeOwned(scope, id));
    host.end(room.id, 'roomClosed');
    return reply.code(204).send();
  });
}

function ownerScope(user: { userId: string; tenantId: string }): RoomOwnerScope {
  return { tenantId: user.tenantId, ownerId: user.userId };
}

async function toChange(update: RoomUpdate): Promise<RoomChange> {
  const { title, waitingRoom, guestAccess, password } = update;
  return {
    ...(title === undefined ? {} : { title }),
    ...(waitingRoom === undefined ? {} : { waitingRoom }),
    ...(guestAccess === undefined ? {} : { guestAccess }),
    ...(password === undefined ? {} : { passwordHash: password === null ? null : await hashRoomPassword(password) }),
  };
}
