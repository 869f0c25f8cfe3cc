import { type Database, SessionRepository, TenantRepository, UserRepository } from '@plenum/db';
import type { Kysely } from 'kysely';
import type { Config } from '../config/configSchema.js';
import type { AuthDeps } from './authRoutes.js';
import { LoginFlows } from './LoginFlows.js';
import { OidcRelyingParty } from './OidcRelyingParty.js';
import { SessionService } from './SessionService.js';

/** Wires the login parts from configuration and the provider to use (the configured one or the built-in one). */
export function createAuth(
  auth: Config['auth'],
  db: Kysely<Database>,
  provider: { issuer: string; clientSecret: string },
): AuthDeps {
  return {
    oidc: new OidcRelyingParty({
      issuer: provider.issuer,
      clientId: auth.clientId,
      clientSecret: provider.clientSecret,
      scopes: auth.scopes,
    }),
    flows: new LoginFlows(),
    sessions: new SessionService(new SessionRepository(db), {
      idleMs: auth.sessionIdleMinutes * 60_000,
      absoluteMs: auth.sessionAbsoluteHours * 3_600_000,
    }),
    users: new UserRepository(db),
    tenants: new TenantRepository(db),
    mapping: { tenantClaim: auth.tenantClaim, groupsClaim: auth.groupsClaim, adminGroup: auth.adminGroup },
  };
}
