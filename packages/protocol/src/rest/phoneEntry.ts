import { z } from 'zod';
import { TicketView } from './entry.js';

/**
 * How the SIP gateway brings a caller in: after the caller keyed in a conference number and a PIN, the gateway asks
 * `POST /v1/sip/calls` (authenticated with the gateway secret as a bearer token, never a user's session) and gets a
 * signalling ticket for a `phone` participant. It then joins the room over the WebSocket like any client. Wrong
 * numbers and wrong PINs get the same answer (`dialInRejected`), so nobody can learn which conference numbers exist.
 */

/** What the caller keyed in: up to 20 digits (longer input is a wrong entry, not a malformed request). */
const KeyedDigits = z.string().regex(/^[0-9]{0,20}$/, 'must be at most 20 digits');

/** The caller's number from the SIP From header, as the trunk sent it; absent for anonymous callers. */
export const CallerNumber = z
  .string()
  .max(64)
  .regex(/^\+?[0-9]{1,32}$/, 'must be a telephone number: digits, optionally after a +');

export const PhoneEntryRequest = z.strictObject({
  conferenceNumber: KeyedDigits,
  pin: KeyedDigits,
  caller: CallerNumber.nullable(),
});
export type PhoneEntryRequest = z.infer<typeof PhoneEntryRequest>;

/** Answer of `POST /v1/sip/calls`: a ticket like a browser's; `displayName` is the masked caller number. */
export const PhoneEntryView = TicketView.extend({
  /**
   * The language the caller hears from now on when they did not pick one: the language the room's tenant chose
   * itself, else the installation's `sip.language`.
   */
  language: z.enum(['de', 'en']),
});
export type PhoneEntryView = z.infer<typeof PhoneEntryView>;
