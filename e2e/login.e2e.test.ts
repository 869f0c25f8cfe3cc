import { launchChromium } from '@plenum/test-browser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/axe.js';
import { confirmDevIdpSignOut, signInAtDevIdp } from './support/devIdp.js';
import { type RunningServer, startServer } from './support/startServer.js';

/** A seeded user of the built-in development provider (packages/dev-idp/src/devUsers.ts). */
const ben = { username: 'ben@musterstadt', password: 'ben', name: 'Ben Bürger', tenant: 'musterstadt' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer(20_000 + Math.floor(Math.random() * 2000));
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1024, height: 720 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

const meStatus = (p: Page) =>
  p.evaluate(() => fetch('/v1/me', { headers: { accept: 'application/json' } }).then((r) => r.status));

describe('signing in through the built-in development provider', () => {
  it('offersSignInOnTheStartPageAndComesBackSignedIn', async () => {
    await page.goto(server.url);
    // The header's link; signed out, the start page offers signing in a second time, as its main action.
    const signIn = page.getByRole('banner').getByRole('link', { name: 'Sign in' });
    await signIn.waitFor();
    expect(await meStatus(page)).toBe(401);
    expect(await signIn.getAttribute('href')).toBe('/auth/login?returnTo=%2F');
    expect(await page.getByRole('main').getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2F',
    );
    expect(await page.getByRole('button', { name: 'Create room' }).count()).toBe(0);

    await signIn.click();
    await page.getByRole('heading', { name: /^Anmelden/ }).waitFor();
    expect(new URL(page.url()).origin).not.toBe(new URL(server.url).origin);
    await signInAtDevIdp(page, ben.username, ben.password);

    await page.waitForURL(`${server.url}/`);
    await page.getByText(`Signed in as ${ben.name}`).waitFor();
    expect(await page.getByText('Organisation: Musterstadt (Entwicklung)', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Create a room' }).waitFor();
    expect(await meStatus(page)).toBe(200);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('createsARoomWhileSignedInAndPrefillsTheName', async () => {
    const create = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/v1/rooms');
    await page.getByLabel('Room title').fill('Sprechstunde');
    await page.getByRole('button', { name: 'Create room' }).click();
    const request = await create;
    expect(await request.headerValue('x-plenum-csrf')).toBe('1');
    expect(await request.headerValue('accept')).toBe('application/json');
    expect((await request.response())?.status()).toBe(201);

    // Creating stays on the dashboard; the new room is in "Your rooms", and "Start" goes in.
    const room = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Sprechstunde' }) });
    await room.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    const name = page.getByLabel('Your name');
    await name.waitFor();
    await expect.poll(() => name.inputValue()).toBe(ben.name);
    await page.getByText(`Signed in as ${ben.name}`).waitFor();
  });

  it('signsOutWithTheKeyboard', async () => {
    await page.goto(server.url);
    const signOut = page.getByRole('button', { name: 'Sign out' });
    await signOut.waitFor();
    const logout = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/auth/logout');
    await signOut.focus();
    await page.keyboard.press('Enter');
    const request = await logout;
    expect(await request.headerValue('x-plenum-csrf')).toBe('1');
    expect(await request.headerValue('accept')).toBe('application/json');

    // RP-initiated logout: the provider asks, then sends the browser back to the start page.
    await confirmDevIdpSignOut(page);
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByText('Signed in as').count()).toBe(0);
    expect(await meStatus(page)).toBe(401);
  });

  it('explainsAFailedSignInInGerman', async () => {
    const german = await browser.newContext({ locale: 'de-DE' });
    const p = await german.newPage();
    await p.goto(`${server.url}/login-failed?reason=tenantUnknown`);
    await p.getByRole('heading', { name: 'Die Anmeldung hat nicht funktioniert' }).waitFor();
    await p.getByText('Ihr Konto ist keiner Organisation zugeordnet', { exact: false }).waitFor();
    expect(await p.getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe('/auth/login?returnTo=%2F');
    expect(await seriousAccessibilityViolations(p)).toEqual([]);
    await german.close();
  });
});
