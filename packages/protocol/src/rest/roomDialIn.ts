import { z } from 'zod';

/**
 * Telephone dial-in of a room (`/v1/rooms/{roomId}/sip`, owner only): a caller dials the installation's dial-in
 * number, then keys in the room's conference number and its PIN, each 10 digits.
 */

/** 10 decimal digits; a leading zero is part of it. */
export const DialInDigits = z.string().regex(/^[0-9]{10}$/, 'must be 10 digits');

/** `GET`, `PUT /v1/rooms/{roomId}/sip` and `POST …/sip/regenerate`: the room's dial-in as its owner sees it. */
export const RoomDialInView = z.discriminatedUnion('enabled', [
  z.object({ enabled: z.literal(false) }),
  z.object({
    enabled: z.literal(true),
    conferenceNumber: DialInDigits,
    pin: DialInDigits,
    /** The telephone number callers dial (config `sip.dialInNumber`); null when the installation names none. */
    dialInNumber: z.string().nullable(),
  }),
]);
export type RoomDialInView = z.infer<typeof RoomDialInView>;
