import { z } from 'zod';
import { DisplayName } from '../displayName.js';
import { RoomId } from '../ids.js';
import { RoomPasswordAttempt } from './entry.js';

/**
 * Guest links: the room's owner creates invitations for people without an account of the tenant. The link carries
 * an unguessable code (at least 128 random bits); the guest opens `/i/{code}`, gives a display name (and the room's
 * password, if it has one) and is let in as a guest, subject to the waiting room.
 */

export const guestLinkLimits = {
  labelMaxLength: 100,
  maxUsesMax: 10_000,
  /** The longest expiry accepted, counted from now. */
  maxLifetimeDays: 366,
  /** Links kept per room (revoked ones included). */
  perRoomMax: 100,
} as const;

/** An invite code as issued (base64url, 22–64 characters). */
export const InviteCode = z
  .string()
  .min(22)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an invite code as issued');
export type InviteCode = z.infer<typeof InviteCode>;

/** A guest link's management id (opaque). */
export const GuestLinkId = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an opaque id (base64url)');
export type GuestLinkId = z.infer<typeof GuestLinkId>;

const NoControl = /^[^\p{Cc}]*$/u;

/** Body of `POST /v1/rooms/{roomId}/guest-links`. Everything is optional; unknown fields are refused. */
export const GuestLinkCreate = z.strictObject({
  /** A note for the owner, e.g. "Press" or "Citizens' hour". */
  label: z
    .string()
    .trim()
    .max(guestLinkLimits.labelMaxLength)
    .regex(NoControl, 'must not contain control characters')
    .optional(),
  /** ISO 8601 with offset; must lie in the future and at most {@link guestLinkLimits.maxLifetimeDays} ahead. */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  /** How many guests may enter with it; absent means no limit. */
  maxUses: z.number().int().min(1).max(guestLinkLimits.maxUsesMax).optional(),
});
export type GuestLinkCreate = z.infer<typeof GuestLinkCreate>;

/** `active` links can be used; the others say why not. */
export const GuestLinkState = z.enum(['active', 'expired', 'usedUp', 'revoked']);
export type GuestLinkState = z.infer<typeof GuestLinkState>;

/** A guest link as its owner sees it. */
export const GuestLinkView = z.object({
  id: GuestLinkId,
  roomId: RoomId,
  /** The address to hand out: `{publicUrl}/i/{code}`. */
  url: z.string(),
  label: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  revokedAt: z.string().nullable(),
  state: GuestLinkState,
});
export type GuestLinkView = z.infer<typeof GuestLinkView>;

/** `GET /v1/rooms/{roomId}/guest-links`: newest first, revoked ones included. */
export const GuestLinkList = z.object({ links: z.array(GuestLinkView) });
export type GuestLinkList = z.infer<typeof GuestLinkList>;

/** `GET /v1/invites/{code}`: what a guest sees before entering. Expired, revoked or used-up links answer an error. */
export const InviteView = z.object({
  roomTitle: z.string(),
  passwordRequired: z.boolean(),
  /** Whether guests wait for a moderator after entering. */
  waitingRoom: z.boolean(),
});
export type InviteView = z.infer<typeof InviteView>;

/** Body of `POST /v1/invites/{code}`: uses the link once and sets the guest cookie for its room. */
export const InviteRedeem = z.strictObject({
  displayName: DisplayName,
  password: RoomPasswordAttempt.optional(),
});
export type InviteRedeem = z.infer<typeof InviteRedeem>;

/** Answer of `POST /v1/invites/{code}`: go to `/r/{roomId}` and ask for a ticket there. */
export const InviteRedeemed = z.object({ roomId: RoomId, displayName: z.string() });
export type InviteRedeemed = z.infer<typeof InviteRedeemed>;
