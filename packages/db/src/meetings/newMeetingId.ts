import { randomBytes } from 'node:crypto';

/** A fresh id for a meeting or an asset: 128 bits from the CSPRNG as 22 base64url characters. Unguessable. */
export function newMeetingId(): string {
  return randomBytes(16).toString('base64url');
}

/** The shape of every id {@link newMeetingId} makes; anything else names nothing (checked before any query). */
export const meetingIdPattern = /^[A-Za-z0-9_-]{22}$/;
