import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GUEST_COOKIE } from '../access/guestCookie.js';
import { RestError } from '../http/restErrors.js';
import { SESSION_COOKIE } from './sessionCookie.js';

/** The header a same-origin script adds to every state-changing request that carries the session cookie. */
export const CSRF_HEADER = 'x-plenum-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Server-to-server: the provider calls it without a browser, and it is authenticated by its signed logout token. */
const EXEMPT_PATHS = new Set(['/auth/backchannel-logout']);

/**
 * CSRF protection for every state-changing request (POST, PUT, PATCH, DELETE) under `/v1` and `/auth`, applied
 * centrally (see ADR 0006):
 *
 * 1. `Sec-Fetch-Site`, when the browser sends it, must be `same-origin`.
 * 2. `Origin`, when sent, must be this server (host of `publicUrl`, else the request's own host; hosts are compared
 *    because behind a TLS proxy the page is https and the hop here http). `Origin: null` is refused.
 * 3. A request that carries the session or the guest cookie must also carry `X-Plenum-CSRF: 1`. Another site's page cannot add a
 *    custom header without a CORS preflight, which Plenum never grants; a form cannot add one at all.
 *
 * Requests with neither header and no cookie are not from a browser acting for a signed-in user, so they pass, as
 * before (API clients, the existing anonymous room creation).
 */
export function csrfGuard(app: FastifyInstance, publicUrl: string | undefined): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/v1/') && !path.startsWith('/auth/') && path !== '/v1') return;
    if (EXEMPT_PATHS.has(path)) return;
    const reason = csrfProblem(request, publicUrl);
    if (reason) throw new RestError('csrfRejected', reason);
  });
}

/** Why this request is refused, or undefined when it may pass. Exported for unit tests. */
export function csrfProblem(request: Pick<FastifyRequest, 'headers' | 'host'>, publicUrl: string | undefined) {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return 'Cross-site requests are not accepted';
  const origin = header(request, 'origin');
  if (origin !== undefined) {
    const expected = publicUrl ? new URL(publicUrl).host : request.host;
    if (hostOf(origin) !== expected) return 'Requests from other sites are not accepted';
  }
  const cookie = header(request, 'cookie') ?? '';
  if (
    new RegExp(`(^|;\\s*)(${SESSION_COOKIE}|${GUEST_COOKIE})=`).test(cookie) &&
    header(request, CSRF_HEADER) !== '1'
  ) {
    return `Send the ${CSRF_HEADER}: 1 header with every change`;
  }
  return undefined;
}

function header(request: Pick<FastifyRequest, 'headers'>, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
