/**
 * REST shapes of `/v1/rooms`, read by the server to validate and by the web app to parse:
 * one schema for both sides.
 */

import { z } from 'zod';
import { RoomId } from '../ids.js';

export const roomLimits = {
  titleMaxLength: 200,
  passwordMinLength: 4,
  passwordMaxLength: 128,
  pageDefault: 20,
  pageMax: 100,
  cursorMaxLength: 200,
} as const;

const Title = z
  .string()
  .trim()
  .max(roomLimits.titleMaxLength)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

/** Who waits before being let in: nobody, guests, or everyone but owner and moderators. */
export const waitingRoomModes = ['off', 'guests', 'everyone'] as const;
export const WaitingRoomMode = z.enum(waitingRoomModes);
export type WaitingRoomMode = z.infer<typeof WaitingRoomMode>;

/** How guests (people without an account of the tenant) may enter. */
export const guestAccessModes = ['disabled', 'waitingRoom', 'direct'] as const;
export const GuestAccessMode = z.enum(guestAccessModes);
export type GuestAccessMode = z.infer<typeof GuestAccessMode>;

/** Body of `POST /v1/rooms`. Unknown fields are refused so typos surface. */
export const RoomCreate = z.strictObject({ title: Title.optional() });
export type RoomCreate = z.infer<typeof RoomCreate>;

/**
 * Body of `PATCH /v1/rooms/{roomId}`: an absent field is left alone. `password` sets a new password (stored only as
 * an scrypt hash), `null` removes it. Unknown fields are refused.
 */
export const RoomUpdate = z.strictObject({
  title: Title.optional(),
  waitingRoom: WaitingRoomMode.optional(),
  guestAccess: GuestAccessMode.optional(),
  password: z
    .string()
    .min(roomLimits.passwordMinLength)
    .max(roomLimits.passwordMaxLength)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    // Spaces at the ends are invisible when a password is passed on, and would lock people out.
    .regex(/^\S(.*\S)?$/su, 'must not begin or end with a space')
    .nullable()
    .optional(),
});
export type RoomUpdate = z.infer<typeof RoomUpdate>;

/** Query of `GET /v1/rooms`. `cursor` is the `nextCursor` of the previous page, as given. */
export const RoomListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(roomLimits.pageMax).optional(),
  cursor: z.string().min(1).max(roomLimits.cursorMaxLength).optional(),
});
export type RoomListQuery = z.infer<typeof RoomListQuery>;

/** A room as the REST API shows it. Never the password, only whether there is one. */
export const RoomView = z.object({
  id: RoomId,
  title: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  /** The address people open to join (from `publicUrl`, else from the request's host). */
  url: z.string(),
  waitingRoom: WaitingRoomMode,
  guestAccess: GuestAccessMode,
  hasPassword: z.boolean(),
});
export type RoomView = z.infer<typeof RoomView>;

/** A page of `GET /v1/rooms`, newest first; `nextCursor` is null on the last page. */
export const RoomList = z.object({ rooms: z.array(RoomView), nextCursor: z.string().nullable() });
export type RoomList = z.infer<typeof RoomList>;
