import type { FastifyRequest } from 'fastify';
import { parseCookies, serializeCookie } from './cookies.js';

/** The session cookie: an opaque id and nothing else. */
export const SESSION_COOKIE = 'plenum_session';
/** The login-in-progress cookie, only sent to `/auth` and only for the few minutes a login may take. */
export const LOGIN_COOKIE = 'plenum_login';

/** Whether cookies get `Secure`: when people reach Plenum over https (a TLS proxy in front of it, or TLS itself). */
export function secureCookies(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return publicUrl ? publicUrl.startsWith('https:') : request.protocol === 'https';
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  return parseCookies(request.headers.cookie).get(name);
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, value, { path: '/', maxAge: maxAgeSeconds, secure });
}

export function loginCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serializeCookie(LOGIN_COOKIE, value, { path: '/auth', maxAge: maxAgeSeconds, secure });
}
