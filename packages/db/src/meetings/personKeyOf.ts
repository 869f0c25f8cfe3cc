import { createHash } from 'node:crypto';

/**
 * The key that groups one person's sessions within one meeting: SHA-256 of the meeting id and the runtime's identity
 * (`user:<id>`, `guest:<session hash>`, a phone caller's identity), base64url. Salting with the meeting id means the
 * key links nothing across meetings, and no phone number or session secret is stored.
 */
export function personKeyOf(meetingId: string, identity: string): string {
  return createHash('sha256').update(meetingId).update('\0').update(identity).digest('base64url');
}
