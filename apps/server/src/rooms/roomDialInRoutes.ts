import type { RoomDialIn, RoomDialInRepository, RoomStore } from '@plenum/db';
import type { RoomDialInView } from '@plenum/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { roomIdOf } from '../access/entryRoutes.js';
import type { TenantSettingsOf } from '../access/tenantSettingsOf.js';
import { requireUser } from '../auth/requireUser.js';
import { RestError } from '../http/restErrors.js';

export interface RoomDialInDeps {
  readonly rooms: RoomStore;
  readonly dialIn: RoomDialInRepository;
  readonly tenantSettings: TenantSettingsOf;
  /** Config `sip.dialInNumber`: what callers dial. */
  readonly dialInNumber: string | undefined;
}

/**
 * The owner's telephone dial-in of a room: show, enable (idempotent), regenerate, disable. Scoped like every owner
 * route: a room of another tenant or owner, a closed room and a malformed id all answer `roomNotFound`; a tenant
 * without the `phoneDialIn` flag answers `featureDisabled`, except to turning dial-in off, which always works (an owner
 * must be able to withdraw a room's number and PIN). Answers carry the PIN, so they are never cached.
 */
export function roomDialInRoutes(app: FastifyInstance, deps: RoomDialInDeps): void {
  /** The owner's room; unless `anyway` (turning dial-in off), only while the tenant allows dial-in. */
  async function ownedRoom(request: FastifyRequest, anyway = false) {
    const user = requireUser(request);
    const scope = { tenantId: user.tenantId, ownerId: user.userId };
    const room = await deps.rooms.findOwned(scope, roomIdOf(request.params));
    if (!room) throw new RestError('roomNotFound', 'There is no such room');
    if (!anyway && !(await deps.tenantSettings(user.tenantId))?.phoneDialIn) {
      throw new RestError('featureDisabled', 'Telephone dial-in is not enabled in this organisation');
    }
    return { scope, roomId: room.id };
  }

  const view = (reply: FastifyReply, dialIn: RoomDialIn | undefined): RoomDialInView => {
    void reply.header('cache-control', 'no-store');
    if (!dialIn) return { enabled: false };
    return {
      enabled: true,
      conferenceNumber: dialIn.conferenceNumber,
      pin: dialIn.pin,
      dialInNumber: deps.dialInNumber ?? null,
    };
  };

  app.get('/v1/rooms/:roomId/sip', async (request, reply): Promise<RoomDialInView> => {
    const { scope, roomId } = await ownedRoom(request);
    return view(reply, await deps.dialIn.get(scope, roomId));
  });

  app.put('/v1/rooms/:roomId/sip', async (request, reply): Promise<RoomDialInView> => {
    const { scope, roomId } = await ownedRoom(request);
    const enabled = await deps.dialIn.enable(scope, roomId);
    // The room was closed between the two queries.
    if (!enabled) throw new RestError('roomNotFound', 'There is no such room');
    return view(reply, enabled);
  });

  app.post('/v1/rooms/:roomId/sip/regenerate', async (request, reply): Promise<RoomDialInView> => {
    const { scope, roomId } = await ownedRoom(request);
    const renewed = await deps.dialIn.regenerate(scope, roomId);
    if (!renewed) throw new RestError('notFound', 'Dial-in is not enabled for this room');
    return view(reply, renewed);
  });

  app.delete('/v1/rooms/:roomId/sip', async (request, reply) => {
    const { scope, roomId } = await ownedRoom(request, true);
    await deps.dialIn.disable(scope, roomId);
    return reply.code(204).send();
  });
}
