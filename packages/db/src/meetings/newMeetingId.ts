import { randomBytes } from 'node:crypto';

export { meetingIdPattern } from '@plenum/protocol';

/** A fresh id for a meeting or an asset: 128 bits from the CSPRNG as 22 base64url characters. Unguessable. */
export function newMeetingId(): string {
  return randomBytes(16).toString('base64url');
}
