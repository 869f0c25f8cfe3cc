import { serializeCookie } from '../auth/cookies.js';

/** The guest cookie: an opaque id naming a guest session (one room), and nothing else. */
export const GUEST_COOKIE = 'plenum_guest';

/** A guest session id as issued: 256 bits, base64url. Anything else is not looked up. */
export const guestSessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

export function guestCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serializeCookie(GUEST_COOKIE, value, { path: '/', maxAge: maxAgeSeconds, secure });
}
