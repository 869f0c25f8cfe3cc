import type { GuestLinkRepository, GuestSession } from '@plenum/db';
import { hashSessionId } from '../auth/SessionService.js';
import { guestSessionIdPattern } from './guestCookie.js';

/**
 * The guest session the value of a guest cookie names, while it has not expired; undefined for a malformed, unknown
 * or expired one (never looked up when malformed). Whether its link was revoked, and which room it is asked for, is
 * the caller's decision.
 */
export async function findGuestSession(
  guestLinks: Pick<GuestLinkRepository, 'findSession'>,
  cookieValue: string,
  now: Date,
): Promise<GuestSession | undefined> {
  if (!guestSessionIdPattern.test(cookieValue)) return undefined;
  const session = await guestLinks.findSession(hashSessionId(cookieValue));
  return session && session.expiresAt.getTime() > now.getTime() ? session : undefined;
}

/**
 * A guest's identity in the room runtime: stable for the guest session, and holding only the hash of its secret. The
 * meeting history's person keys are made from it (`personKeyOf`).
 */
export function guestIdentityOf(sessionHash: string): string {
  return `${GUEST_PREFIX}${sessionHash}`;
}

/** The session hash inside a guest's identity (`guestIdentityOf`'s inverse); undefined for any other identity. */
export function guestSessionHashOf(identity: string): string | undefined {
  return identity.startsWith(GUEST_PREFIX) ? identity.slice(GUEST_PREFIX.length) : undefined;
}

const GUEST_PREFIX = 'guest:';
