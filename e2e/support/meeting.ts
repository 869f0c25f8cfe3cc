import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type DevAccount, signedInContext } from './devIdp.js';
import { audioEnergy, eventually, ownParticipantId, previewLive, probeScript } from './probe.js';

/** Someone in the meeting: their page and participant id. */
export interface Person {
  readonly name: string;
  readonly page: Page;
  readonly id: string;
  /** Every dialog (alert, confirm, prompt) the page opened: none is expected. */
  readonly dialogs: string[];
}

/** Records and dismisses dialogs: text that ran as HTML would show up here as `alert(1)`. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Pre-join on `page` (already at the room): name, camera and microphone live, join. */
export async function joinFromPrejoin(page: Page, name: string, dialogs: string[]): Promise<Person> {
  const field = page.getByLabel('Your name');
  await field.waitFor();
  await field.fill(name);
  await previewLive(page);
  await page.getByRole('button', { name: 'Join meeting' }).click();
  await page.getByRole('button', { name: 'Leave meeting' }).waitFor();
  const id = await eventually(
    () => ownParticipantId(page),
    (v) => v !== '',
    `${name} joined`,
  );
  return { name, page, id, dialogs };
}

/** A signed-in colleague opening the room link in their own browser context. */
export async function joinSignedIn(
  browser: Browser,
  serverUrl: string,
  roomUrl: string,
  name: string,
  account: DevAccount,
): Promise<Person> {
  const { page } = await signedInContext(browser, serverUrl, account, { initScript: probeScript });
  const dialogs = watchDialogs(page);
  await page.goto(roomUrl);
  return joinFromPrejoin(page, name, dialogs);
}

/** A guest opening an invitation link in a fresh browser context (not signed in). */
export async function joinAsGuest(browser: Browser, inviteUrl: string, name: string): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1024, height: 720 } });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  const dialogs = watchDialogs(page);
  await page.goto(inviteUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('button', { name: 'Join meeting' }).waitFor();
  return joinFromPrejoin(page, name, dialogs);
}

/** The conference toolbar ("Meeting controls" landmark). */
export const toolbar = (page: Page) => page.getByRole('region', { name: 'Meeting controls' });

/** The toolbar's overflow menu button, if the toolbar has one. */
const moreButton = (page: Page) => toolbar(page).getByRole('button', { name: 'More', exact: true });

/** A toolbar control named `name`, whether in the toolbar itself or (once opened) in its "More" menu. */
const toolbarItem = (page: Page, name: string) =>
  toolbar(page)
    .getByRole('button', { name, exact: true })
    .or(page.getByRole('menuitem', { name, exact: true }))
    .or(page.getByRole('menuitemcheckbox', { name, exact: true }));

/** Opens the "More" menu unless it is open already. */
async function openMore(page: Page): Promise<void> {
  const more = moreButton(page);
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** The toolbar control `name`, made visible: when it sits in the "More" menu, the menu is opened first. */
export async function toolbarControl(page: Page, name: string): Promise<Locator> {
  const item = toolbarItem(page, name).first();
  const more = moreButton(page);
  await expect.poll(async () => (await item.isVisible()) || (await more.isVisible())).toBe(true);
  if (!(await item.isVisible())) {
    await openMore(page);
    await item.waitFor();
  }
  return item;
}

/** Whether the toolbar (or its "More" menu) offers `name` now; a "More" menu opened to look is closed again. */
export async function toolbarOffers(page: Page, name: string): Promise<boolean> {
  if (await toolbarItem(page, name).first().isVisible()) return true;
  const more = moreButton(page);
  if (!(await more.isVisible())) return false;
  const wasOpen = (await more.getAttribute('aria-expanded')) === 'true';
  if (!wasOpen) await more.click();
  const offered = await toolbarItem(page, name).first().isVisible();
  if (!wasOpen) await page.keyboard.press('Escape');
  return offered;
}

/** The side panel (complementary landmark) named by its heading. */
export const sidePanel = (page: Page, name: string) => page.getByRole('complementary', { name, exact: true });

/** Opens the side panel behind toolbar control `button` (unless it is open) and returns it. */
export async function openPanel(page: Page, button: string, heading = button): Promise<Locator> {
  const panel = sidePanel(page, heading);
  if (await panel.isVisible()) return panel;
  await (await toolbarControl(page, button)).click();
  await panel.waitFor();
  return panel;
}

/** A section of the shared Moderation panel, by module namespace (and `key`, for one of a module's several). */
export const moderationSection = (panel: Locator, ns: string, key?: string) =>
  panel.locator(`[data-moderation="${ns}"]${key === undefined ? '' : `[data-section="${key}"]`}`);

/** A section of the Moderation panel, opened first if it is closed (only the most used ones start open). */
export async function openModerationSection(panel: Locator, ns: string, key?: string): Promise<Locator> {
  const section = moderationSection(panel, ns, key);
  const toggle = section.getByRole('heading').first().getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  return section;
}

/** The page's live region line `text` (polite announcements; the region keeps the last few lines). */
export const announced = (page: Page, text: string) =>
  page.getByTestId('announcements').getByText(text, { exact: true }).waitFor({ state: 'attached' });

/** The camera tile of a participant on `page`. */
export const tile = (page: Page, participantId: string) =>
  page.locator(`li.video-tile[data-participant-id="${participantId}"][data-source="camera"]`);

/** Waits until `page` hears `sender`: clear audio energy on their microphone's stream over a second. */
export const hears = (page: Page, sender: Person, ms = 20_000) =>
  eventually(
    () => audioEnergy(page, sender.id, 1000),
    (energy) => energy > 0.01,
    `hearing ${sender.name}`,
    ms,
  );
