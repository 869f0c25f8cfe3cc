import type { FastifyInstance } from 'fastify';
import type { SessionService } from './SessionService.js';
import { readCookie, SESSION_COOKIE } from './sessionCookie.js';

/**
 * The authentication seam: for every request under `/v1` and `/auth`, resolves the session cookie and sets
 * `request.principal` (undefined without a valid session). Routes that need a user check it (see `requireUser`);
 * this hook never refuses anything by itself, so adding it changes no existing route.
 */
export function authenticate(app: FastifyInstance, sessions: SessionService): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('sessionId', undefined);
  app.addHook('onRequest', async (request) => {
    const path = request.url;
    if (!path.startsWith('/v1/') && !path.startsWith('/auth/')) return;
    const id = readCookie(request, SESSION_COOKIE);
    if (id === undefined) return;
    const principal = await sessions.resolve(id);
    if (principal) {
      request.principal = principal;
      request.sessionId = id;
    }
  });
}
