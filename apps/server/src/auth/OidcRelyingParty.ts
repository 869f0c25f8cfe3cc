import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { z } from 'zod';

export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: string;
}

/** What a finished login yields: the verified ID-token claims. */
export interface LoginResult {
  readonly issuer: string;
  readonly claims: Record<string, unknown>;
}

/** A verified back-channel logout token: whose sessions to end. */
export interface LogoutRequest {
  readonly issuer: string;
  readonly subject: string | undefined;
  readonly sid: string | undefined;
}

const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
const LogoutClaims = z.object({
  iss: z.string(),
  sub: z.string().min(1).max(255).optional(),
  sid: z.string().min(1).max(255).optional(),
  iat: z.number(),
  jti: z.string().min(1),
  events: z.record(z.string(), z.unknown()),
});

/**
 * Plenum's port to the OpenID provider, over the maintained `openid-client`: discovery, the authorization code flow
 * with PKCE, the end-session URL and back-channel logout tokens. Discovery runs on first use (and again after it
 * failed), so the server starts even while the provider is down. Plain http is allowed only for a loopback issuer
 * (the built-in development provider).
 */
export class OidcRelyingParty {
  #config: Promise<oidc.Configuration> | undefined;
  #jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  #configuration(): Promise<oidc.Configuration> {
    if (!this.#config) {
      const url = new URL(this.settings.issuer);
      const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
      this.#config = oidc
        .discovery(url, this.settings.clientId, this.settings.clientSecret, undefined, {
          ...(loopback ? { execute: [oidc.allowInsecureRequests] } : {}),
          timeout: 10,
        })
        .catch((error: unknown) => {
          this.#config = undefined;
          throw error;
        });
    }
    return this.#config;
  }

  /** Where to send the browser: the provider's authorization endpoint with state, nonce and the S256 challenge. */
  async authorizationUrl(input: { redirectUri: string; state: string; nonce: string; codeVerifier: string }) {
    const config = await this.#configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: input.redirectUri,
      scope: this.settings.scopes,
      state: input.state,
      nonce: input.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(input.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Exchanges the code of the callback URL for tokens and verifies them (state, PKCE, nonce, ID-token signature,
   * issuer, audience, expiry). Throws on anything wrong. Only the ID-token claims are kept; tokens are dropped.
   */
  async finishLogin(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<LoginResult> {
    const config = await this.#configuration();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return { issuer: config.serverMetadata().issuer, claims: { ...claims } };
  }

  /** The provider's end-session URL (RP-initiated logout), or undefined when it has none. */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<URL | undefined> {
    const config = await this.#configuration();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(config, {
      client_id: this.settings.clientId,
      post_logout_redirect_uri: postLogoutRedirectUri,
    });
  }

  /**
   * Verifies a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6): signature by the
   * provider's keys, issuer, audience, the logout event, `sub` or `sid`, and no `nonce`. Throws when any check fails.
   */
  async verifyLogoutToken(token: string): Promise<LogoutRequest> {
    const config = await this.#configuration();
    const metadata = config.serverMetadata();
    if (!metadata.jwks_uri) throw new Error('the provider publishes no keys');
    this.#jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
    const { payload } = await jwtVerify(token, this.#jwks, {
      issuer: metadata.issuer,
      audience: this.settings.clientId,
      maxTokenAge: '10 minutes',
    });
    if ('nonce' in payload) throw new Error('a logout token must not carry a nonce');
    const claims = LogoutClaims.parse(payload);
    const event = claims.events[BACKCHANNEL_EVENT];
    if (typeof event !== 'object' || event === null) throw new Error('not a logout token');
    if (claims.sub === undefined && claims.sid === undefined) throw new Error('logout token names no session');
    return { issuer: claims.iss, subject: claims.sub, sid: claims.sid };
  }
}
