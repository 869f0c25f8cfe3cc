import { execFileSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';

/** The dashboard's card of the room titled `title` (its list item, which holds the card's buttons). */
export const roomCard = (page: Page, title: string): Locator =>
  page.getByRole('listitem').filter({ has: page.getByRole('article', { name: title }) });

/** Creates a room titled `title` with the dashboard's form (the page is on the start page) and returns its card. */
export async function createRoomInDashboard(page: Page, title: string): Promise<Locator> {
  await page.getByLabel('Room title').fill(title);
  await page.getByRole('button', { name: 'Create room' }).click();
  const card = roomCard(page, title);
  await card.waitFor();
  return card;
}

/** The text of a PDF, as `pdftotext -layout` reads it. */
export const pdfText = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
