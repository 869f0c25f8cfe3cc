import { randomBytes } from 'node:crypto';
import type { GuestLink, GuestLinkRepository, RoomStore } from '@plenum/db';
import { guestLinkState } from '@plenum/db';
import {
  GuestLinkCreate,
  GuestLinkId,
  type GuestLinkList,
  type GuestLinkView,
  guestLinkLimits,
  toIssues,
} from '@plenum/protocol';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../auth/requireUser.js';
import { RestError } from '../http/restErrors.js';
import { baseUrl } from '../rooms/roomLookup.js';
import { roomIdOf } from './entryRoutes.js';
import type { TenantSettingsOf } from './tenantSettingsOf.js';

export interface GuestLinkDeps {
  readonly rooms: RoomStore;
  readonly guestLinks: GuestLinkRepository;
  readonly tenantSettings: TenantSettingsOf;
  readonly publicUrl: string | undefined;
  readonly now?: () => Date;
}

const LinkParams = z.object({ roomId: z.string(), linkId: z.string() });
const DAY_MS = 86_400_000;

/**
 * The owner's guest links of a room: create, list, revoke. Scoped like every owner route: a room of another tenant
 * or owner answers `roomNotFound`, and a link of another room `notFound`.
 */
export function guestLinkRoutes(app: FastifyInstance, deps: GuestLinkDeps): void {
  const now = () => deps.now?.() ?? new Date();

  async function ownedRoom(request: Parameters<typeof requireUser>[0]) {
    const user = requireUser(request);
    const room = await deps.rooms.findOwned(
      { tenantId: user.tenantId, ownerId: user.userId },
      roomIdOf(request.params),
    );
    if (!room) throw new RestError('roomNotFound', 'There is no such room');
    return { user, room, scope: { tenantId: user.tenantId, roomId: room.id } };
  }

  app.post('/v1/rooms/:roomId/guest-links', async (request, reply): Promise<GuestLinkView> => {
    const { user, room, scope } = await ownedRoom(request);
    const body = GuestLinkCreate.safeParse(request.body === undefined ? {} : request.body);
    if (!body.success) throw new RestError('invalidBody', 'The guest link could not be created', toIssues(body.error));
    const expiresAt = body.data.expiresAt === undefined ? null : new Date(body.data.expiresAt);
    if (expiresAt !== null) {
      const ahead = expiresAt.getTime() - now().getTime();
      if (ahead <= 0 || ahead > guestLinkLimits.maxLifetimeDays * DAY_MS) {
        throw new RestError('invalidBody', 'The guest link could not be created', [
          {
            path: 'expiresAt',
            message: `must lie in the future, at most ${guestLinkLimits.maxLifetimeDays} days ahead`,
          },
        ]);
      }
    }
    const tenant = await deps.tenantSettings(user.tenantId);
    if (!tenant?.guestsAllowed) throw new RestError('featureDisabled', 'Guests are not allowed in this organisation');
    if (room.guestAccess === 'disabled') {
      throw new RestError('featureDisabled', "Allow guests in the room's settings first");
    }
    if ((await deps.guestLinks.count(scope)) >= guestLinkLimits.perRoomMax) {
      throw new RestError('limitReached', `A room has at most ${guestLinkLimits.perRoomMax} guest links`);
    }
    const link = await deps.guestLinks.create(scope, {
      id: randomBytes(16).toString('base64url'),
      // 192 bits from the CSPRNG: far beyond guessing, even at the rate limit.
      code: randomBytes(24).toString('base64url'),
      label: body.data.label ?? '',
      createdBy: user.userId,
      expiresAt,
      maxUses: body.data.maxUses ?? null,
    });
    void reply.code(201).header('cache-control', 'no-store');
    return toLinkView(link, baseUrl(request, deps.publicUrl), now());
  });

  app.get('/v1/rooms/:roomId/guest-links', async (request, reply): Promise<GuestLinkList> => {
    const { scope } = await ownedRoom(request);
    const base = baseUrl(request, deps.publicUrl);
    const at = now();
    void reply.header('cache-control', 'no-store');
    return { links: (await deps.guestLinks.list(scope)).map((link) => toLinkView(link, base, at)) };
  });

  app.delete('/v1/rooms/:roomId/guest-links/:linkId', async (request, reply) => {
    const { scope } = await ownedRoom(request);
    const id = GuestLinkId.safeParse(LinkParams.parse(request.params).linkId);
    const revoked = id.success ? await deps.guestLinks.revoke(scope, id.data) : undefined;
    if (!revoked) throw new RestError('notFound', 'There is no such guest link');
    return reply.code(204).send();
  });
}

function toLinkView(link: GuestLink, base: string, now: Date): GuestLinkView {
  return {
    id: link.id,
    roomId: link.roomId,
    url: `${base}/i/${link.code}`,
    label: link.label,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    maxUses: link.maxUses,
    uses: link.uses,
    revokedAt: link.revokedAt,
    state: guestLinkState(link, now),
  };
}
