import type { TenantRepository, UserRepository } from '@plenum/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import { RestError } from '../http/restErrors.js';
import { baseUrl } from '../rooms/roomRoutes.js';
import { BackchannelLogoutBody, CallbackQuery, LoginQuery, type MeView } from './authSchemas.js';
import type { LoginFlows } from './LoginFlows.js';
import type { OidcRelyingParty } from './OidcRelyingParty.js';
import { type ClaimMapping, profileFromClaims } from './profileFromClaims.js';
import { requireUser } from './requireUser.js';
import type { SessionService } from './SessionService.js';
import { safeReturnTo } from './safeReturnTo.js';
import { LOGIN_COOKIE, loginCookie, readCookie, secureCookies, sessionCookie } from './sessionCookie.js';

export interface AuthDeps {
  readonly oidc: OidcRelyingParty;
  readonly flows: LoginFlows;
  readonly sessions: SessionService;
  readonly users: UserRepository;
  readonly tenants: TenantRepository;
  readonly mapping: ClaimMapping;
}

const LOGIN_COOKIE_SECONDS = 600;

/**
 * Login through the OpenID provider (authorization code + PKCE, all protocol state server-side), logout
 * (RP-initiated and back-channel) and `GET /v1/me`. Log lines carry Plenum's ids only: no names, e-mail addresses,
 * tokens or cookies.
 */
export function authRoutes(app: FastifyInstance, deps: AuthDeps, publicUrl: string | undefined): void {
  const base = (request: FastifyRequest) => baseUrl(request, publicUrl);

  app.get('/auth/login', async (request, reply) => {
    const query = LoginQuery.safeParse(request.query);
    const returnTo = safeReturnTo(query.success ? query.data.returnTo : undefined);
    const pending = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      redirectUri: `${base(request)}/auth/callback`,
      returnTo,
    };
    let url: URL;
    try {
      url = await deps.oidc.authorizationUrl(pending);
    } catch (error) {
      request.log.warn({ err: { name: (error as Error).name } }, 'identity provider unreachable');
      throw new RestError('unavailable', 'The sign-in service cannot be reached; try again later');
    }
    const flowId = deps.flows.start(pending);
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', loginCookie(flowId, LOGIN_COOKIE_SECONDS, secureCookies(request, publicUrl)))
      .redirect(url.href, 302);
  });

  app.get('/auth/callback', async (request, reply) => failuresAsPage(reply, () => finish(request, reply)));

  const finish = async (request: FastifyRequest, reply: FastifyReply) => {
    const secure = secureCookies(request, publicUrl);
    reply.header('cache-control', 'no-store').header('set-cookie', loginCookie('', 0, secure));
    const pending = deps.flows.take(readCookie(request, LOGIN_COOKIE));
    if (!pending) throw new RestError('loginFailed', 'This sign-in has expired or was started in another browser');
    const query = CallbackQuery.safeParse(request.query);
    if (query.success && query.data.error !== undefined) {
      throw new RestError('loginFailed', 'The identity provider did not sign you in');
    }
    let result: Awaited<ReturnType<OidcRelyingParty['finishLogin']>>;
    try {
      result = await deps.oidc.finishLogin(new URL(request.url, pending.redirectUri), pending);
    } catch (error) {
      request.log.warn({ err: { name: (error as Error).name } }, 'sign-in rejected');
      throw new RestError('loginFailed', 'The sign-in could not be verified');
    }
    const mapped = profileFromClaims(result.issuer, result.claims, deps.mapping);
    const tenant = mapped.ok ? await deps.tenants.findById(mapped.profile.tenantId) : undefined;
    if (!mapped.ok || !tenant) {
      request.log.warn({ reason: mapped.ok ? 'unknownTenant' : mapped.reason }, 'sign-in refused');
      throw new RestError('tenantUnknown', 'Your account is not assigned to an organisation of this installation');
    }
    const user = await deps.users.upsertFromLogin(mapped.profile);
    // A new session id at every login, and the old one ended: no session fixation.
    if (request.sessionId) await deps.sessions.end(request.sessionId);
    const sid = typeof result.claims.sid === 'string' ? result.claims.sid : null;
    const sessionId = await deps.sessions.create({ userId: user.id, tenantId: user.tenantId, providerSid: sid });
    request.log.info({ userId: user.id, tenantId: user.tenantId }, 'signed in');
    const maxAge = Math.floor(deps.sessions.policy.absoluteMs / 1000);
    return reply
      .header('set-cookie', [loginCookie('', 0, secure), sessionCookie(sessionId, maxAge, secure)])
      .redirect(pending.returnTo, 303);
  };

  app.post('/auth/logout', async (request, reply) => {
    if (request.sessionId) await deps.sessions.end(request.sessionId);
    if (request.principal) request.log.info({ userId: request.principal.userId }, 'signed out');
    let target = '/';
    try {
      target = (await deps.oidc.endSessionUrl(`${base(request)}/`))?.href ?? '/';
    } catch (error) {
      request.log.warn({ err: { name: (error as Error).name } }, 'identity provider unreachable at logout');
    }
    reply
      .header('cache-control', 'no-store')
      .header('set-cookie', sessionCookie('', 0, secureCookies(request, publicUrl)));
    if ((request.headers.accept ?? '').includes('application/json')) return { redirectTo: target };
    return reply.redirect(target, 303);
  });

  // The provider posts a form here; the form parser exists only in this scope, so /v1 still refuses forms.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 32 * 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.post('/auth/backchannel-logout', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const body = BackchannelLogoutBody.safeParse(request.body);
      if (!body.success) throw new RestError('invalidLogoutToken', 'Send logout_token as a form field');
      let logout: Awaited<ReturnType<OidcRelyingParty['verifyLogoutToken']>>;
      try {
        logout = await deps.oidc.verifyLogoutToken(body.data.logout_token);
      } catch (error) {
        request.log.warn({ err: { name: (error as Error).name } }, 'logout token rejected');
        throw new RestError('invalidLogoutToken', 'The logout token is not valid');
      }
      const ended =
        logout.sid !== undefined
          ? await deps.sessions.endByProviderSid(logout.sid)
          : await deps.sessions.endByUser(logout.issuer, logout.subject ?? '');
      request.log.info({ sessions: ended }, 'back-channel logout');
      return reply.code(200).send();
    });
  });

  app.get('/v1/me', async (request, reply): Promise<MeView> => {
    const principal = requireUser(request);
    reply.header('cache-control', 'no-store');
    const user = await deps.users.findInTenant(principal.tenantId, principal.userId);
    if (!user) throw new RestError('unauthenticated', 'Sign in first');
    const tenant = await deps.tenants.findById(user.tenantId);
    return {
      id: user.id,
      tenantId: user.tenantId,
      tenantName: tenant?.name ?? user.tenantId,
      displayName: user.displayName,
      email: user.email,
      locale: user.locale,
      isAdmin: user.isAdmin,
    };
  });
}

/**
 * The callback is a page the browser navigates to: a failed sign-in sends the person to the
 * web app's explanation page instead of showing raw JSON. Other failures stay API errors.
 */
async function failuresAsPage(reply: FastifyReply, run: () => Promise<FastifyReply>): Promise<FastifyReply> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RestError && (error.code === 'loginFailed' || error.code === 'tenantUnknown')) {
      return reply.redirect(`/login-failed?reason=${error.code}`, 303);
    }
    throw error;
  }
}
