import { randomBytes } from 'node:crypto';
import { type DevIdp, devTenants, startDevIdp } from '@plenum/dev-idp';
import type { Config } from '../config/configSchema.js';

export interface IdentityProvider {
  readonly issuer: string;
  readonly clientSecret: string;
  /** Tenants the provider's users belong to, to be created at start. */
  readonly seedTenants: readonly { readonly id: string; readonly name: string }[];
  /** The built-in provider, when it was started (stop it; tell it where Plenum listens). */
  readonly devIdp: DevIdp | undefined;
}

/**
 * The configured OpenID provider, or the built-in development provider when none is configured. The built-in one
 * is refused in production mode, before anything is started: a production installation must not accept published
 * development passwords.
 */
export async function startIdentityProvider(
  config: Pick<Config, 'mode' | 'dataDir' | 'auth'>,
  onWarning: (message: string) => void,
): Promise<IdentityProvider> {
  if (config.auth.issuer) {
    if (!config.auth.clientSecret) {
      throw new Error('auth.clientSecret (PLENUM_AUTH_CLIENT_SECRET) is required together with auth.issuer');
    }
    return { issuer: config.auth.issuer, clientSecret: config.auth.clientSecret, seedTenants: [], devIdp: undefined };
  }
  if (config.mode === 'production') {
    throw new Error(
      'The built-in development identity provider is refused in production mode. Configure your OpenID Connect ' +
        'provider with auth.issuer (PLENUM_AUTH_ISSUER) and auth.clientSecret (PLENUM_AUTH_CLIENT_SECRET).',
    );
  }
  const clientSecret = randomBytes(32).toString('base64url');
  const devIdp = await startDevIdp({
    dataDir: config.dataDir,
    port: config.auth.devIdpPort,
    clientId: config.auth.clientId,
    clientSecret,
    onWarning,
  });
  return { issuer: devIdp.issuer, clientSecret, seedTenants: devTenants, devIdp };
}
