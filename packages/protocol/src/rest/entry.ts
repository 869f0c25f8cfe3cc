import { z } from 'zod';
import { RoomId } from '../ids.js';
import { roomLimits } from './rooms.js';

/**
 * Entering a meeting: the signed-in user (session cookie) or the admitted guest (guest cookie from an invite) asks
 * `POST /v1/rooms/{roomId}/tickets` for a ticket, then sends it in `core.join` as the first frame on the signalling
 * WebSocket. Tickets are never put in a URL.
 */

/** A single-use signalling ticket: 256 random bits, valid for {@link entryLimits.ticketTtlSeconds}. Never logged. */
export const AccessTicket = z
  .string()
  .min(32)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a ticket as issued (base64url)');
export type AccessTicket = z.infer<typeof AccessTicket>;

export const entryLimits = {
  ticketTtlSeconds: 60,
} as const;

/** The room's password as someone types it to enter; its rules for setting one are in `RoomUpdate`. */
export const RoomPasswordAttempt = z.string().min(1).max(roomLimits.passwordMaxLength);

/**
 * Body of `POST /v1/rooms/{roomId}/tickets` (may be empty). `password` is needed once per sign-in session when the
 * room has one and the caller is not its owner; guests gave it with the invite instead.
 */
export const TicketRequest = z.strictObject({ password: RoomPasswordAttempt.optional() });
export type TicketRequest = z.infer<typeof TicketRequest>;

/** The role someone enters with; moderators are made in the meeting (`core.promote`). */
export const EntryRole = z.enum(['owner', 'participant', 'guest']);
export type EntryRole = z.infer<typeof EntryRole>;

/** Answer of `POST /v1/rooms/{roomId}/tickets`. */
export const TicketView = z.object({
  ticket: AccessTicket,
  /** ISO 8601, UTC; the ticket is refused after this. */
  expiresAt: z.string(),
  roomId: RoomId,
  role: EntryRole,
  /** True when this person will wait in the waiting room until a moderator admits them. */
  waits: z.boolean(),
  /** A name to offer in the pre-join form: the user's name, or the name the guest gave with the invite. */
  displayName: z.string(),
});
export type TicketView = z.infer<typeof TicketView>;
