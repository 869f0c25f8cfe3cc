import { randomBytes } from 'node:crypto';
import { type GuestLink, type GuestLinkRepository, guestLinkState, type Room, type RoomStore } from '@plenum/db';
import { InviteCode, InviteRedeem, type InviteRedeemed, type InviteView, toIssues } from '@plenum/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hashSessionId } from '../auth/SessionService.js';
import { readCookie, secureCookies } from '../auth/sessionCookie.js';
import type { Config } from '../config/configSchema.js';
import { RestError } from '../http/restErrors.js';
import type { AttemptLimiter } from './AttemptLimiter.js';
import { GUEST_COOKIE, guestCookie, guestSessionIdPattern } from './guestCookie.js';
import type { RoomEntry } from './RoomEntry.js';
import type { TenantSettingsOf } from './tenantSettingsOf.js';
import { assertNotThrottled } from './throttle.js';

export interface InviteDeps {
  readonly rooms: RoomStore;
  readonly guestLinks: GuestLinkRepository;
  readonly tenantSettings: TenantSettingsOf;
  readonly entry: RoomEntry;
  readonly limiter: AttemptLimiter;
  readonly access: Config['access'];
  readonly publicUrl: string | undefined;
  readonly now?: () => Date;
}

const CodeParams = z.object({ code: z.string() });

const stateErrors = {
  expired: () => new RestError('inviteExpired', 'This guest link has expired'),
  usedUp: () => new RestError('inviteUsedUp', 'This guest link has been used as often as it may be'),
  revoked: () => new RestError('inviteRevoked', 'This guest link was revoked'),
} as const;

/**
 * What a guest does with a link: look at it (`GET /v1/invites/{code}`) and use it (`POST`), which sets the guest
 * cookie for the link's room. Unknown codes count as failed attempts per client address, so guessing is throttled
 * (429 with Retry-After) long before it could succeed; wrong passwords count per client and per room.
 */
export function inviteRoutes(app: FastifyInstance, deps: InviteDeps): void {
  const now = () => deps.now?.() ?? new Date();

  /** Whether the request carries a live guest session opened with this link (a guest coming back). */
  async function holdsSession(request: FastifyRequest, link: GuestLink): Promise<boolean> {
    const current = readCookie(request, GUEST_COOKIE);
    if (current === undefined || !guestSessionIdPattern.test(current)) return false;
    const session = await deps.guestLinks.findSession(hashSessionId(current));
    return session !== undefined && session.linkId === link.id && session.expiresAt.getTime() > now().getTime();
  }

  /**
   * The usable link of the path and its room, or the error that explains why not. A guest who already used the link
   * may come back even when it has been used up since (but not once it expired or was revoked).
   */
  async function usableLink(request: FastifyRequest): Promise<{ link: GuestLink; room: Room; returning: boolean }> {
    const clientKey = `invite client ${request.ip}`;
    assertNotThrottled(deps.limiter, [{ key: clientKey, limit: deps.access.attemptsPerClient }]);
    const code = InviteCode.safeParse(CodeParams.parse(request.params).code);
    const link = code.success ? await deps.guestLinks.findByCode(code.data) : undefined;
    const room = link ? await deps.rooms.findInTenant(link.tenantId, link.roomId) : undefined;
    if (!link || !room) {
      deps.limiter.fail([clientKey]);
      throw new RestError('inviteNotFound', 'There is no such guest link');
    }
    const state = guestLinkState(link, now());
    const returning = state !== 'expired' && state !== 'revoked' && (await holdsSession(request, link));
    if (state !== 'active' && !returning) throw stateErrors[state]();
    const tenant = await deps.tenantSettings(link.tenantId);
    if (!tenant?.guestsAllowed || room.guestAccess === 'disabled') {
      throw new RestError('featureDisabled', 'Guests may not enter this room');
    }
    return { link, room, returning };
  }

  app.get('/v1/invites/:code', async (request, reply): Promise<InviteView> => {
    const { room } = await usableLink(request);
    void reply.header('cache-control', 'no-store');
    return {
      roomTitle: room.title,
      passwordRequired: room.hasPassword,
      waitingRoom: room.guestAccess === 'waitingRoom' || room.waitingRoom !== 'off',
    };
  });

  app.post('/v1/invites/:code', async (request, reply): Promise<InviteRedeemed> => {
    const { link, room, returning } = await usableLink(request);
    const body = InviteRedeem.safeParse(request.body);
    if (!body.success) throw new RestError('invalidBody', 'The guest details are not valid', toIssues(body.error));
    if (room.hasPassword) {
      if (body.data.password === undefined) throw new RestError('passwordRequired', 'This room has a password');
      const hash = await deps.rooms.passwordHashOf(room.id);
      if (hash) await deps.entry.verifyPassword(request, room.id, hash, body.data.password);
    }
    const { displayName } = body.data;
    const secure = secureCookies(request, deps.publicUrl);
    void reply.header('cache-control', 'no-store');
    // A guest who opens the same link again (a reload, a second tab) keeps their session and uses nothing up.
    if (returning) return { roomId: room.id, displayName };
    const id = randomBytes(32).toString('base64url');
    const lifetimeMs = deps.access.guestSessionHours * 3_600_000;
    const redeemed = await deps.guestLinks.redeem(link.code, now(), {
      idHash: hashSessionId(id),
      displayName,
      expiresAt: new Date(now().getTime() + lifetimeMs),
    });
    if (!redeemed) {
      // Used up or revoked between the check and now.
      const latest = await deps.guestLinks.findByCode(link.code);
      const state = latest ? guestLinkState(latest, now()) : 'revoked';
      throw stateErrors[state === 'active' ? 'usedUp' : state]();
    }
    void reply.header('set-cookie', guestCookie(id, Math.floor(lifetimeMs / 1000), secure));
    return { roomId: room.id, displayName };
  });
}
