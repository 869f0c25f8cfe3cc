import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { checkDevPassword } from './checkDevPassword.js';
import { devIdpCsp, devIdpCss, errorPage, loggedOutPage, loginPage, logoutPage } from './devIdpPages.js';
import { devUsers } from './devUsers.js';
import { listenOnRememberedPort } from './listenOnRememberedPort.js';
import { loadDevIdpKeys } from './loadDevIdpKeys.js';
import { type MemoryStore, memoryAdapter } from './MemoryAdapter.js';

export interface DevIdpOptions {
  /** Keys are kept under `<dataDir>/dev-idp/`. */
  readonly dataDir: string;
  /** Loopback port; 0 (the default) takes the one of the last start in this data directory, else a free one. */
  readonly port?: number;
  /** The one client (Plenum's server) this provider knows. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Called with a message that carries no personal data (provider errors, failed back-channel calls). */
  readonly onWarning?: (message: string) => void;
}

export interface DevIdp {
  /** Issuer URL, `http://127.0.0.1:<port>`. */
  readonly issuer: string;
  /**
   * Registers where the relying party lives. Until this is called the client is unknown to the provider, so the
   * server can start the provider first and tell it its own (possibly random) port after it listens. Every base URL
   * gets `/auth/callback` and `/` (after logout); the first one also receives back-channel logout calls.
   */
  allowRelyingParty(baseUrls: readonly string[]): void;
  stop(): Promise<void>;
}

/** The scopes granted to Plenum's server. `tenant` and `groups` come with `openid`, so no extra scope is needed. */
const scope = 'openid profile email';
const LOGIN_BODY_LIMIT = 4096;

/**
 * Starts the built-in development identity provider (oidc-provider) on loopback: authorization code with PKCE (S256,
 * required), the seeded users of {@link devUsers}, its own accessible login form marked "development only",
 * RP-initiated logout and back-channel logout. It is a development and test tool: it keeps everything in memory and
 * the server refuses to start it in production mode.
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const keys = await loadDevIdpKeys(options.dataDir);
  let clients: ClientMetadata[] = [];
  const store: MemoryStore = { entries: new Map(), clients: () => clients };
  const warn = options.onWarning ?? (() => {});

  const server = createServer();
  const port = await listenOnRememberedPort(server, { dataDir: options.dataDir, port: options.port, onWarning: warn });
  const issuer = `http://127.0.0.1:${port}`;

  const configuration: Configuration = {
    adapter: memoryAdapter(store),
    jwks: { keys: [keys.signingKey] },
    cookies: { keys: keys.cookieKeys },
    pkce: { required: () => true, methods: ['S256'] },
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'tenant', 'groups'],
      profile: ['name', 'locale'],
      email: ['email', 'email_verified'],
    },
    // The relying party reads the user from the ID token; no user-info round trip.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = loggedOutPage();
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const user = devUsers.find((u) => u.subject === sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: user.name,
          locale: user.locale,
          email: user.email,
          email_verified: true,
          groups: [...user.groups],
          ...(user.tenant === undefined ? {} : { tenant: user.tenant }),
        }),
      };
    },
    // Plenum is the provider's only (first-party) client: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(scope);
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
    renderError: async (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(
        String(out.error),
        out.error_description === undefined ? undefined : String(out.error_description),
      );
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 900,
      Grant: 8 * 3600,
      Session: 8 * 3600,
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx: unknown, error: Error) => warn(`dev-idp server error: ${error.name}`));
  provider.on('backchannel.error', (_ctx: unknown, error: Error) =>
    warn(`dev-idp back-channel logout failed: ${error.name}`),
  );
  const callback = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('content-security-policy', devIdpCsp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/dev-idp.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(devIdpCss);
      return;
    }
    if (path.startsWith('/interaction/')) {
      interaction(provider, req, res, path).catch((error: unknown) => {
        warn(`dev-idp interaction failed: ${(error as Error).name}`);
        if (!res.headersSent) {
          res
            .writeHead(400, { 'content-type': 'text/html; charset=utf-8' })
            .end(errorPage('invalid_request', 'Die Anmeldung ist abgelaufen. Bitte von vorn beginnen.'));
        }
      });
      return;
    }
    void callback(req, res);
  });

  return {
    issuer,
    allowRelyingParty(baseUrls) {
      const bases = baseUrls.map((b) => b.replace(/\/+$/, ''));
      clients = [
        {
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uris: bases.map((b) => `${b}/auth/callback`),
          post_logout_redirect_uris: bases.map((b) => `${b}/`),
          ...(bases[0] === undefined ? {} : { backchannel_logout_uri: `${bases[0]}/auth/backchannel-logout` }),
          backchannel_logout_session_required: true,
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The provider's login step: show the form, check the password, hand the result back to the provider. */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const action = `/interaction/${details.uid}/login`;
  if (details.prompt.name === 'consent') {
    // Not reached with loadExistingGrant above; kept so a changed policy cannot leave the user stuck.
    const grant = new provider.Grant({
      clientId: String(details.params.client_id),
      accountId: details.session?.accountId ?? '',
    });
    grant.addOIDCScope(scope);
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
    return;
  }
  if (req.method === 'GET' && path === `/interaction/${details.uid}`) {
    html(res, 200, loginPage({ action }));
    return;
  }
  if (req.method === 'POST' && path === action) {
    const form = new URLSearchParams(await readBody(req));
    const username = form.get('username') ?? '';
    const user = checkDevPassword(username, form.get('password') ?? '');
    if (!user) {
      html(res, 401, loginPage({ action, username, error: true }));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.subject } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  html(res, 404, errorPage('not_found', undefined));
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LOGIN_BODY_LIMIT) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
