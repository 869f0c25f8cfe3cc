import type { EffectiveTenantSettings, GuestLinkRepository, Room, RoomStore } from '@plenum/db';
import type { RoomId, TicketView } from '@plenum/protocol';
import type { GuestLinkRef } from '@plenum/room-kit';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/Principal.js';
import { hashSessionId } from '../auth/SessionService.js';
import { readCookie } from '../auth/sessionCookie.js';
import type { Config } from '../config/configSchema.js';
import { RestError } from '../http/restErrors.js';
import type { RoomHost, RoomInit } from '../rooms/RoomHost.js';
import { verifyRoomPassword } from '../rooms/roomPassword.js';
import type { AttemptLimiter } from './AttemptLimiter.js';
import type { EntryGrant } from './EntryGrant.js';
import { GUEST_COOKIE } from './guestCookie.js';
import { findGuestSession, guestIdentityOf } from './guestSession.js';
import type { TicketStore } from './TicketStore.js';
import type { TenantSettingsOf } from './tenantSettingsOf.js';
import { assertNotThrottled } from './throttle.js';

/** Someone who may enter a room: a signed-in user of its tenant, or a guest who redeemed one of its links. */
export type Entrant =
  | { readonly kind: 'user'; readonly principal: Principal; readonly sessionId: string; readonly room: Room }
  | {
      readonly kind: 'guest';
      readonly displayName: string;
      readonly sessionHash: string;
      /** The link they redeemed. */
      readonly link: GuestLinkRef;
      readonly room: Room;
    };

export interface RoomEntryDeps {
  readonly rooms: RoomStore;
  readonly guestLinks: GuestLinkRepository;
  readonly tenantSettings: TenantSettingsOf;
  readonly displayNameOf: (principal: Principal) => Promise<string>;
  /** The tenant's name, printed on the room's generated records. */
  readonly tenantNameOf?: (tenantId: string) => Promise<string | undefined>;
  readonly host: RoomHost;
  readonly tickets: TicketStore<EntryGrant>;
  readonly limiter: AttemptLimiter;
  readonly access: Config['access'];
  readonly now?: () => Date;
}

/** How long a sign-in session remembers that it gave a room's password. */
const UNLOCK_MS = 12 * 3_600_000;

/**
 * Who may enter which room, and with what: the one place that decides. A signed-in user enters the open rooms of
 * their own tenant (the owner as `owner`, everyone else as `participant`), giving the room's password once per
 * sign-in session. A guest enters only the room of the link they redeemed, while the link is not revoked, guests
 * are allowed by the tenant and the room. Everyone else gets `unauthenticated` (nobody signed in, no guest cookie)
 * or `roomNotFound` — the same answer for a room that does not exist and one that is not theirs.
 */
export class RoomEntry {
  readonly #d: RoomEntryDeps;
  /** `sessionHash roomId` → until when this sign-in session may enter without the password. */
  readonly #unlocked = new Map<string, number>();

  constructor(deps: RoomEntryDeps) {
    this.#d = deps;
  }

  async entrant(request: FastifyRequest, roomId: RoomId): Promise<Entrant> {
    const { principal, sessionId } = request;
    if (principal && sessionId) {
      const room = await this.#d.rooms.findInTenant(principal.tenantId, roomId);
      if (room) return { kind: 'user', principal, sessionId, room };
    }
    const guestId = readCookie(request, GUEST_COOKIE);
    const guest = guestId === undefined ? undefined : await this.#guest(guestId, roomId);
    if (guest) return guest;
    if (!principal && guestId === undefined)
      throw new RestError('unauthenticated', 'Sign in or open a guest link first');
    throw new RestError('roomNotFound', 'There is no such room');
  }

  /**
   * A ticket for the entrant, after the password check; `password` only matters for users who are not the owner.
   * Someone a moderator banned from the running meeting gets `banned` instead, before the password is asked for, so
   * the entry screen can say so before any camera or microphone check.
   */
  async ticket(request: FastifyRequest, roomId: RoomId, password: string | undefined): Promise<TicketView> {
    const entrant = await this.entrant(request, roomId);
    const { room } = entrant;
    const tenant = await this.#tenant(room);
    const isOwner = entrant.kind === 'user' && room.ownerId === entrant.principal.userId;
    const identity =
      entrant.kind === 'user' ? `user:${entrant.principal.userId}` : guestIdentityOf(entrant.sessionHash);
    if (this.#d.host.isBanned(room.id, identity))
      throw new RestError('banned', 'You were removed from this meeting and cannot join it again');
    if (entrant.kind === 'user' && !isOwner) await this.#checkPassword(request, entrant, password);
    const role = entrant.kind === 'guest' ? 'guest' : isOwner ? 'owner' : 'participant';
    const displayName = entrant.kind === 'guest' ? entrant.displayName : await this.#d.displayNameOf(entrant.principal);
    return this.#issue(
      room,
      tenant,
      {
        role,
        kind: 'browser',
        displayName: null,
        userId: entrant.kind === 'user' ? entrant.principal.userId : null,
        identity,
        mustWait: entrant.kind === 'guest' && room.guestAccess === 'waitingRoom',
        guestLink: entrant.kind === 'guest' ? entrant.link : null,
      },
      displayName,
    );
  }

  /**
   * A ticket for a telephone caller whose conference number and PIN the SIP gateway has checked. Callers enter as
   * guests (they are not known to the tenant), under the room's waiting-room rules for guests, with their masked
   * number as the name. A caller number a moderator banned gets `banned`.
   */
  async phoneTicket(room: Room, caller: { readonly identity: string; readonly displayName: string }) {
    const tenant = await this.#tenant(room);
    if (this.#d.host.isBanned(room.id, caller.identity))
      throw new RestError('banned', 'You were removed from this meeting and cannot join it again');
    const grant = {
      role: 'guest',
      kind: 'phone',
      displayName: caller.displayName,
      userId: null,
      identity: caller.identity,
      mustWait: room.guestAccess === 'waitingRoom',
      guestLink: null,
    } as const;
    return this.#issue(room, tenant, grant, caller.displayName);
  }

  /** Issues the ticket: how the room starts if this join opens it, and whether this person will wait. */
  #issue(
    room: Room,
    tenant: EffectiveTenantSettings & { readonly name?: string | undefined },
    grant: Omit<EntryGrant, 'room'>,
    displayName: string,
  ): TicketView {
    const init: RoomInit = {
      waitingRoom: room.waitingRoom,
      maxParticipants: tenant.maxParticipantsPerRoom,
      maxMinutes: tenant.maxMeetingMinutes,
      ...(tenant.keepChat ? { keepChatDays: tenant.chatRetentionDays } : {}),
      guestLinksWait: room.guestAccess === 'waitingRoom',
      ...(tenant.name === undefined ? {} : { tenantName: tenant.name }),
      language: tenant.language,
    };
    const { ticket, expiresAt } = this.#d.tickets.issue(room.id, { ...grant, room: init });
    const policy = this.#d.host.waitingRoomOf(room.id) ?? room.waitingRoom;
    const { role, mustWait } = grant;
    const waits =
      role !== 'owner' && (policy === 'everyone' || (role === 'guest' && (policy === 'guests' || mustWait)));
    return { ticket, expiresAt: expiresAt.toISOString(), roomId: room.id, role, waits, displayName };
  }

  async #guest(guestId: string, roomId: RoomId): Promise<Entrant | undefined> {
    const session = await findGuestSession(this.#d.guestLinks, guestId, this.#now());
    if (!session || session.roomId !== roomId) return undefined;
    const room = await this.#d.rooms.findInTenant(session.tenantId, roomId);
    if (!room) return undefined;
    if (session.linkRevoked) throw new RestError('inviteRevoked', 'The guest link was revoked');
    const tenant = await this.#tenant(room);
    if (!tenant.guestsAllowed || room.guestAccess === 'disabled') {
      throw new RestError('featureDisabled', 'Guests may not enter this room');
    }
    const link = { id: session.linkId, personal: session.linkMaxUses === 1 };
    return { kind: 'guest', displayName: session.displayName, sessionHash: session.idHash, link, room };
  }

  async #checkPassword(
    request: FastifyRequest,
    entrant: Extract<Entrant, { kind: 'user' }>,
    password: string | undefined,
  ): Promise<void> {
    const hash = await this.#d.rooms.passwordHashOf(entrant.room.id);
    if (hash === null || hash === undefined) return;
    const key = `${hashSessionId(entrant.sessionId)} ${entrant.room.id}`;
    const now = this.#now().getTime();
    if ((this.#unlocked.get(key) ?? 0) > now) return;
    if (password === undefined) throw new RestError('passwordRequired', 'This room has a password');
    await this.verifyPassword(request, entrant.room.id, hash, password, entrant.principal.userId);
    this.#unlocked.delete(key);
    this.#unlocked.set(key, now + UNLOCK_MS);
    this.#trimUnlocked(now);
  }

  /**
   * Checks a room password under the attempt limits; throws when wrong. A signed-in user's failures count against
   * their account (so colleagues behind the same address are not locked out by one person's typos), and against
   * the client address with a five times higher limit; guests count against the address. Every failure also counts
   * against the room.
   */
  async verifyPassword(
    request: FastifyRequest,
    roomId: RoomId,
    hash: string,
    password: string,
    userId?: string,
  ): Promise<void> {
    const { attemptsPerClient, attemptsPerRoom } = this.#d.access;
    const limits = [
      ...(userId === undefined
        ? [{ key: `password client ${request.ip}`, limit: attemptsPerClient }]
        : [
            { key: `password user ${userId}`, limit: attemptsPerClient },
            { key: `password client ${request.ip}`, limit: attemptsPerClient * 5 },
          ]),
      { key: `password room ${roomId}`, limit: attemptsPerRoom },
    ];
    assertNotThrottled(this.#d.limiter, limits);
    if (await verifyRoomPassword(password, hash)) return;
    this.#d.limiter.fail(limits.map((l) => l.key));
    throw new RestError('passwordWrong', 'The password is not right');
  }

  async #tenant(room: Room): Promise<EffectiveTenantSettings & { readonly name?: string | undefined }> {
    const settings = room.tenantId === null ? undefined : await this.#d.tenantSettings(room.tenantId);
    if (!settings || room.tenantId === null) throw new RestError('roomNotFound', 'There is no such room');
    return { ...settings, name: await this.#d.tenantNameOf?.(room.tenantId) };
  }

  #trimUnlocked(now: number): void {
    if (this.#unlocked.size < 10_000) return;
    for (const [key, until] of this.#unlocked)
      if (until <= now || this.#unlocked.size >= 10_000) this.#unlocked.delete(key);
  }

  #now(): Date {
    return this.#d.now?.() ?? new Date();
  }
}
