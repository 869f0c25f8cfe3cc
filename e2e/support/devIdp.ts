import type { Page } from 'playwright-core';

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
