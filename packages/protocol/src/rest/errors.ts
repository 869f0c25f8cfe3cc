import { z } from 'zod';

/**
 * The catalogue of REST error codes and their HTTP status. Every error response of the server uses one, and the
 * web app reads them by name: one list for both sides.
 */
export const restErrors = {
  invalidJson: 400,
  invalidBody: 400,
  invalidQuery: 400,
  loginFailed: 400,
  invalidLogoutToken: 400,
  /** The body names an agenda item the room's agenda does not have (any more). */
  unknownAgendaItem: 400,
  unauthenticated: 401,
  /** The room has a password and none was sent. */
  passwordRequired: 401,
  /** The password sent does not match. */
  passwordWrong: 403,
  forbiddenOrigin: 403,
  csrfRejected: 403,
  tenantUnknown: 403,
  /** The tenant has switched the feature off (e.g. guests). */
  featureDisabled: 403,
  /** A moderator banned this person (account or guest session) from the meeting that is running now. */
  banned: 403,
  /** The conference number and PIN a caller keyed in do not lead into a room (the same answer for either part). */
  dialInRejected: 403,
  roomNotFound: 404,
  /** No guest link with this code (or its room is gone). */
  inviteNotFound: 404,
  notFound: 404,
  methodNotAllowed: 405,
  /** A per-room limit is reached (e.g. guest links per room). */
  limitReached: 409,
  /** A meeting of the room runs now: what it edits (e.g. the agenda) is changed in the meeting instead. */
  meetingRunning: 409,
  /** The guest link's expiry has passed. */
  inviteExpired: 410,
  /** The guest link was revoked by the room's owner. */
  inviteRevoked: 410,
  /** The guest link reached its use limit. */
  inviteUsedUp: 410,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  /** Too many attempts (passwords, invite codes): wait for `Retry-After` seconds. */
  tooManyAttempts: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type RestErrorCode = keyof typeof restErrors;

export const RestErrorBody = z.object({
  error: z.enum(Object.keys(restErrors) as [RestErrorCode, ...RestErrorCode[]]),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** With `tooManyAttempts`: seconds until the next attempt may succeed (also in the `Retry-After` header). */
  retryAfterSeconds: z.number().int().positive().optional(),
});
export type RestErrorBody = z.infer<typeof RestErrorBody>;
