import { randomBytes } from 'node:crypto';
import { type Database, SessionRepository, TenantRepository, UserRepository } from '@plenum/db';
import type { Kysely } from 'kysely';
import { CSRF_HEADER } from '../auth/csrfGuard.js';
import { SessionService } from '../auth/SessionService.js';
import { SESSION_COOKIE } from '../auth/sessionCookie.js';

export interface SignedInUser {
  readonly userId: string;
  readonly tenantId: string;
  /** The `Cookie` header value that carries the session. */
  readonly cookie: string;
  /** Headers for a same-origin script's request: the cookie and the CSRF header (add content-type yourself). */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A signed-in user without the browser dance: creates the tenant (if needed), the user and a session with the real
 * repositories and {@link SessionService}, and returns the cookie. This bypasses only the identity provider; the
 * server still resolves the cookie through the same session lookup and expiry checks, and the CSRF guard still
 * applies (send `headers`, or leave out `x-plenum-csrf` to see it refuse).
 */
export async function signInDirectly(
  db: Kysely<Database>,
  user: { tenantId: string; name?: string; isAdmin?: boolean },
): Promise<SignedInUser> {
  await new TenantRepository(db).ensure({ id: user.tenantId, name: user.tenantId });
  const subject = randomBytes(8).toString('hex');
  const stored = await new UserRepository(db).upsertFromLogin({
    issuer: 'https://idp.test.invalid',
    subject,
    tenantId: user.tenantId,
    displayName: user.name ?? `User ${subject}`,
    email: null,
    locale: null,
    isAdmin: user.isAdmin ?? false,
  });
  const sessions = new SessionService(new SessionRepository(db), { idleMs: 3_600_000, absoluteMs: 3_600_000 });
  const id = await sessions.create({ userId: stored.id, tenantId: user.tenantId, providerSid: null });
  const cookie = `${SESSION_COOKIE}=${id}`;
  return { userId: stored.id, tenantId: user.tenantId, cookie, headers: { cookie, [CSRF_HEADER]: '1' } };
}
