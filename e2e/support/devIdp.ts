import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * Fills in and sends the built-in development identity provider's login form (see packages/dev-idp), on which the
 * page must already be. Its labels are German with the English in brackets.
 */
export async function signInAtDevIdp(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/^Benutzername/).fill(username);
  await page.getByLabel(/^Passwort/).fill(password);
  await page.getByRole('button', { name: /^Anmelden/ }).click();
}

/** Confirms the development provider's "Sign out?" question (RP-initiated logout). */
export async function confirmDevIdpSignOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Ja, abmelden/ }).click();
}

/** Seeded accounts of the development provider (packages/dev-idp/src/devUsers.ts) that the browser tests use. */
export const devAccounts = {
  anna: { username: 'anna@musterstadt', password: 'anna', name: 'Anna Amtsrat', tenant: 'musterstadt' },
  ben: { username: 'ben@musterstadt', password: 'ben', name: 'Ben Bürger', tenant: 'musterstadt' },
  clara: { username: 'clara@musterstadt', password: 'clara', name: 'Clara Clausen', tenant: 'musterstadt' },
} as const;

export interface DevAccount {
  readonly username: string;
  readonly password: string;
}

/**
 * A new browser context that signed in at Plenum (`serverUrl`) through the real login: `/auth/login`, the
 * development provider's form, back to `returnTo` (default the start page). `initScript` is installed before
 * anything loads. The language of `locale` is then chosen with the page's language switch: without an explicit
 * choice the account's preferred language would apply (Anna's is German), whatever the browser's.
 */
export async function signedInContext(
  browser: Browser,
  serverUrl: string,
  account: DevAccount,
  options: { locale?: string; returnTo?: string; initScript?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1024, height: 720 },
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const returnTo = options.returnTo ?? '/';
  await page.goto(`${serverUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await signInAtDevIdp(page, account.username, account.password);
  await page.waitForURL(`${serverUrl}${returnTo}`);
  const language = (options.locale ?? 'en-GB').slice(0, 2) === 'de' ? 'de' : 'en';
  await page
    .getByRole('button', { name: language === 'de' ? 'Deutsch' : 'English', exact: true })
    .first()
    .click();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  return { context, page };
}
