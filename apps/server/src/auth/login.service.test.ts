import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DevIdp, devTenants, startDevIdp } from '@plenum/dev-idp';
import { launchChromium } from '@plenum/test-browser';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config/configSchema.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { hashSessionId } from './SessionService.js';
import { startIdentityProvider } from './startIdentityProvider.js';

let dataDir: string;
let idp: DevIdp;
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'plenum-login-'));
  idp = await startDevIdp({ dataDir, clientId: 'plenum', clientSecret: 'test-secret-of-the-client' });
  server = await startTestServer({
    auth: { issuer: idp.issuer, clientSecret: 'test-secret-of-the-client', tenants: devTenants },
  });
  idp.allowRelyingParty([server.baseUrl]);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await idp?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** Drives the whole flow: Plenum → provider's form → callback → back at `returnTo`. */
async function signIn(page: Page, username: string, password: string, returnTo = '/v1/me'): Promise<void> {
  await page.goto(`${server.baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.waitForURL(`${idp.issuer}/interaction/**`);
  await page.getByLabel(/Benutzername/).fill(username);
  await page.getByLabel(/Passwort/).fill(password);
  await page.getByRole('button', { name: /Anmelden/ }).click();
  await page.waitForURL((url) => !url.href.startsWith(idp.issuer));
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies(server.baseUrl)).find((c) => c.name === 'plenum_session');
}

/** Runs fetch inside the page (same origin, the browser's own cookies and headers). */
function pageFetch(
  page: Page,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return page.evaluate(
    async ([p, i]) => {
      const res = await fetch(p, i);
      return { status: res.status, body: await res.text() };
    },
    [path, init] as const,
  );
}

const sessionCount = async () =>
  Number((await sql<{ n: string }>`select count(*) as n from sessions`.execute(server.database.db)).rows[0]?.n);

describe('login through the built-in development provider', () => {
  it('signsInWithCodeAndPkceAndGivesTheBrowserOnlyAnOpaqueHttpOnlyCookie', async () => {
    const page = await newPage();
    await signIn(page, 'admin@land', 'admin');
    expect(page.url()).toBe(`${server.baseUrl}/v1/me`);
    const me = JSON.parse((await page.locator('body').textContent()) ?? '');
    expect(me).toEqual({
      id: expect.any(String),
      tenantId: 'land',
      tenantName: 'Land (Entwicklung)',
      displayName: 'Ada Admin',
      email: 'admin@land.example',
      locale: 'de',
      isAdmin: true,
    });
    const cookie = await sessionCookie(page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const serverCookies = (await page.context().cookies(server.baseUrl)).filter((c) => c.name.startsWith('plenum'));
    expect(serverCookies.map((c) => c.name)).toEqual(['plenum_session']);
    const stored = await server.database.db.selectFrom('sessions').selectAll().execute();
    expect(stored.map((s) => s.id_hash)).not.toContain(cookie?.value);
    expect(stored.some((s) => s.provider_sid !== null)).toBe(true);
  });

  it('showsAnErrorOnTheFormForAWrongPasswordAndCreatesNoSession', async () => {
    const page = await newPage();
    const before = await sessionCount();
    await page.goto(`${server.baseUrl}/auth/login`);
    await page.getByLabel(/Benutzername/).fill('admin@land');
    await page.getByLabel(/Passwort/).fill('wrong');
    await page.getByRole('button', { name: /Anmelden/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('falsch');
    expect(page.url().startsWith(idp.issuer)).toBe(true);
    await expect.poll(() => page.getByText(/Nur für die Entwicklung/).count()).toBe(1);
    expect(await sessionCookie(page)).toBeUndefined();
    expect(await sessionCount()).toBe(before);
  });

  it('createsTheUserFromClaimsAndUpdatesItAtTheNextLogin', async () => {
    const page = await newPage();
    await signIn(page, 'ben@musterstadt', 'ben');
    const me = JSON.parse((await page.locator('body').textContent()) ?? '');
    expect(me).toMatchObject({
      tenantId: 'musterstadt',
      tenantName: 'Musterstadt (Entwicklung)',
      displayName: 'Ben Bürger',
      locale: 'en',
      isAdmin: false,
    });
    await server.database.db
      .updateTable('users')
      .set({ display_name: 'Stale', is_admin: true })
      .where('id', '=', me.id)
      .execute();
    const again = await newPage();
    await signIn(again, 'ben@musterstadt', 'ben');
    const rows = await server.database.db
      .selectFrom('users')
      .selectAll()
      .where('subject', '=', 'dev-musterstadt-ben')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: me.id, display_name: 'Ben Bürger', is_admin: false, tenant_id: 'musterstadt' });
  });

  it('refusesALoginWithoutATenantClaimClearly', async () => {
    const page = await newPage();
    const callback = page.waitForResponse((r) => r.url().startsWith(`${server.baseUrl}/auth/callback`));
    await signIn(page, 'nobody', 'nobody');
    const response = await callback;
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/login-failed?reason=tenantUnknown');
    expect(await sessionCookie(page)).toBeUndefined();
    const users = await server.database.db
      .selectFrom('users')
      .select('id')
      .where('subject', '=', 'dev-no-tenant')
      .execute();
    expect(users).toEqual([]);
  });

  it('refusesOpenRedirectsInReturnTo', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/%2F%2Fevil']) {
      const page = await newPage();
      await signIn(page, 'anna@musterstadt', 'anna', returnTo);
      const url = new URL(page.url());
      expect(url.origin).toBe(server.baseUrl);
    }
  });

  it('endsExpiredSessionsAndSlidesTheIdleEndOnUse', async () => {
    const page = await newPage();
    await signIn(page, 'moderator@land', 'moderator');
    const cookie = await sessionCookie(page);
    const headers = { cookie: `plenum_session=${cookie?.value}` };
    const db = server.database.db;
    const mine = hashSessionId(cookie?.value ?? '');
    await db
      .updateTable('sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '5 minutes'` })
      .where('id_hash', '=', mine)
      .execute();
    expect((await fetch(`${server.baseUrl}/v1/me`, { headers })).status).toBe(200);
    const seen = await db
      .selectFrom('sessions')
      .select('last_seen_at')
      .where('id_hash', '=', mine)
      .executeTakeFirstOrThrow();
    expect(Date.now() - seen.last_seen_at.getTime()).toBeLessThan(60_000);
    await db
      .updateTable('sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '3 hours'` })
      .where('id_hash', '=', mine)
      .execute();
    const idle = await fetch(`${server.baseUrl}/v1/me`, { headers });
    expect(idle.status).toBe(401);
    expect(await idle.json()).toMatchObject({ error: 'unauthenticated' });

    const other = await newPage();
    await signIn(other, 'moderator@land', 'moderator');
    const otherCookie = await sessionCookie(other);
    await db
      .updateTable('sessions')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('id_hash', '=', hashSessionId(otherCookie?.value ?? ''))
      .execute();
    expect(
      (await fetch(`${server.baseUrl}/v1/me`, { headers: { cookie: `plenum_session=${otherCookie?.value}` } })).status,
    ).toBe(401);
  });

  it('logsOutAtPlenumAndAtTheProvider', async () => {
    const page = await newPage();
    await signIn(page, 'anna@musterstadt', 'anna');
    const answer = await pageFetch(page, '/auth/logout', {
      method: 'POST',
      headers: { 'x-plenum-csrf': '1', accept: 'application/json' },
    });
    expect(answer.status).toBe(200);
    const { redirectTo } = JSON.parse(answer.body) as { redirectTo: string };
    expect(redirectTo.startsWith(`${idp.issuer}/`)).toBe(true);
    expect((await pageFetch(page, '/v1/me', {})).status).toBe(401);
    await page.goto(redirectTo);
    await page.getByRole('button', { name: /Ja, abmelden/ }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    // The provider's session is gone too: a new login asks for the password again.
    await page.goto(`${server.baseUrl}/auth/login`);
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    expect(await page.getByLabel(/Passwort/).count()).toBe(1);
  });

  it('endsTheSessionOnBackChannelLogoutFromTheProvider', async () => {
    const page = await newPage();
    await signIn(page, 'admin@land', 'admin');
    expect((await pageFetch(page, '/v1/me', {})).status).toBe(200);
    // Logging out at the provider alone (not through Plenum): the provider calls Plenum's back-channel endpoint.
    const headers = { cookie: `plenum_session=${(await sessionCookie(page))?.value}` };
    await page.goto(`${idp.issuer}/session/end`);
    await page.getByRole('button', { name: /Ja, abmelden/ }).click();
    await page.waitForURL((url) => url.pathname.includes('/session/end/success'));
    await expect.poll(async () => (await fetch(`${server.baseUrl}/v1/me`, { headers })).status).toBe(401);
  });

  it('rejectsAForgedBackChannelLogoutToken', async () => {
    const before = await sessionCount();
    for (const body of ['logout_token=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.', 'nothing=here']) {
      const res = await fetch(`${server.baseUrl}/auth/backchannel-logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalidLogoutToken' });
    }
    expect(await sessionCount()).toBe(before);
  });
});

describe('CSRF and Origin', () => {
  it('refusesChangesWithTheSessionCookieButWithoutTheCsrfHeader', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/health`);
    const anonymous = await pageFetch(page, '/v1/rooms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":"Anonym"}',
    });
    expect(anonymous.status).toBe(401);
    await signIn(page, 'anna@musterstadt', 'anna');
    const json = { 'content-type': 'application/json' };
    const refused = await pageFetch(page, '/v1/rooms', { method: 'POST', headers: json, body: '{}' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'csrfRejected' });
    const accepted = await pageFetch(page, '/v1/rooms', {
      method: 'POST',
      headers: { ...json, 'x-plenum-csrf': '1' },
      body: '{}',
    });
    expect(accepted.status).toBe(201);
  });

  it('refusesChangesFromOtherOrigins', async () => {
    const post = (headers: Record<string, string>, path = '/v1/rooms') =>
      fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      for (const path of ['/v1/rooms', '/auth/logout']) {
        const res = await post({ ...headers, 'x-plenum-csrf': '1' }, path);
        expect({ headers, path, status: res.status }).toEqual({ headers, path, status: 403 });
        expect(await res.json()).toMatchObject({ error: 'csrfRejected' });
      }
    }
    // The same-origin request passes the guard and reaches the route, which wants a sign-in.
    expect((await post({ origin: server.baseUrl, 'sec-fetch-site': 'same-origin' })).status).toBe(401);
  });
});

describe('production mode', () => {
  it('refusesTheBuiltInDevelopmentProvider', async () => {
    const config = ConfigSchema.parse({ mode: 'production', dataDir });
    await expect(startIdentityProvider(config, () => {})).rejects.toThrow(/refused in production mode/);
  });
});
