import { launchChromium } from '@plenum/test-browser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInPage } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import {
  audioEnergy,
  eventually,
  expectReceiving,
  from,
  inbound,
  ownParticipantId,
  previewLive,
  probeScript,
} from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(22_000 + Math.floor(Math.random() * 2000));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

/** A context that is not signed in, with the probe installed. */
async function anonymousPage(url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1024, height: 720 } });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const title = 'Bürgersprechstunde';
const guestName = 'Gustav Gast';

/** The dashboard's list item of the room, found by its title. */
const roomItem = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('article', { name: title }) });

describe('a guest through the waiting room', () => {
  let ownerContext: BrowserContext;
  let owner: { page: Page; id: string };
  let guest: { page: Page; id: string };
  let roomUrl = '';
  let guestLink = '';

  it('letsTheOwnerCreateARoomAndAGuestLinkInTheDashboard', async () => {
    const signedIn = await signedInContext(browser, server.url, devAccounts.anna, { initScript: probeScript });
    ownerContext = signedIn.context;
    const { page } = signedIn;
    await page.getByRole('heading', { name: 'Create a room' }).waitFor();
    await page.getByLabel('Room title').fill(title);
    await page.getByRole('button', { name: 'Create room' }).click();
    const item = roomItem(page);
    await item.waitFor();
    expect(page.url()).toBe(`${server.url}/`);
    await item.getByText('Guests: Disabled').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Guests need the room's permission first.
    await item.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Room settings' });
    await settings.waitFor();
    const guestAccess = settings.getByRole('group', { name: 'Guest access' });
    expect(await guestAccess.getByRole('radio', { name: 'Disabled' }).isChecked()).toBe(true);
    await guestAccess.getByRole('radio', { name: 'Through the waiting room' }).check();
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await settings.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await settings.waitFor({ state: 'detached' });
    await item.getByText('Guests: Through the waiting room').waitFor();

    await item.getByRole('button', { name: 'Guest links' }).click();
    const links = page.getByRole('dialog', { name: `Guest links for “${title}”` });
    await links.waitFor();
    await links.getByLabel('Label (optional)').fill('Presse');
    await links.getByRole('button', { name: 'Create guest link' }).click();
    const field = links.getByLabel('New guest link');
    await field.waitFor();
    expect(await field.getAttribute('readonly')).not.toBeNull();
    guestLink = await field.inputValue();
    expect(guestLink).toMatch(new RegExp(`^${server.url}/i/[A-Za-z0-9_-]{32}$`));
    await links.getByRole('listitem').filter({ hasText: 'Presse' }).getByText('Active').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await links.getByRole('button', { name: 'Close' }).first().click();
    await links.waitFor({ state: 'detached' });

    await item.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    roomUrl = page.url();
    await previewLive(page);
    await page.getByRole('button', { name: 'Join meeting' }).click();
    await page.getByRole('button', { name: 'Leave meeting' }).waitFor();
    owner = {
      page,
      id: await eventually(
        () => ownParticipantId(page),
        (v) => v !== '',
        'the owner joined',
      ),
    };
  });

  it('tellsASignedOutVisitorThatTheMeetingIsPrivate', async () => {
    const page = await anonymousPage(roomUrl);
    await page.getByRole('heading', { level: 1, name: 'This meeting is private' }).waitFor();
    const path = new URL(roomUrl).pathname;
    expect(await page.getByRole('link', { name: 'Sign in to join' }).getAttribute('href')).toBe(
      `/auth/login?returnTo=${encodeURIComponent(path)}`,
    );
    // Nothing of the meeting: no title, no pre-join, no signalling.
    expect(await page.getByText(title).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Join meeting' }).count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __probe: { sockets: unknown[] } }).__probe.sockets),
    ).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('letsTheGuestWaitUntilTheOwnerAdmitsThem', async () => {
    const page = await anonymousPage(guestLink);
    await page.getByRole('heading', { level: 1, name: `Invitation to “${title}”` }).waitFor();
    await page.getByText('you wait in the waiting room', { exact: false }).waitFor();
    expect(await page.getByLabel('Room password').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Your name').fill(guestName);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.waitForURL(roomUrl);
    const name = page.getByLabel('Your name');
    await name.waitFor();
    await expect.poll(() => name.inputValue()).toBe(guestName);
    await previewLive(page);
    await page.getByRole('button', { name: 'Join meeting' }).click();

    const waiting = page.getByTestId('waiting-screen');
    await waiting.getByRole('heading', { level: 1, name: 'Waiting for a moderator to let you in' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The owner learns that someone waits: announced, counted on the toolbar, listed in the panel.
    await owner.page.getByTestId('announcements').getByText(`${guestName} is waiting`).waitFor({ state: 'attached' });
    const slot = owner.page.locator('[data-toolbar="lobby"]');
    await expect.poll(() => slot.getAttribute('data-count')).toBe('1');
    const toggle = slot.getByRole('button', { name: 'Waiting room' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await owner.page.getByRole('heading', { level: 2, name: 'Waiting room (1)' }).waitFor();
    const row = owner.page.locator('li[data-waiting-id]');
    expect(await row.count()).toBe(1);
    await row.getByText(guestName).waitFor();
    await row.getByText('Guest', { exact: false }).first().waitFor();
    expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);
    // Nobody in the meeting sees or hears a waiting person.
    const waitingId = await row.getAttribute('data-waiting-id');
    expect((await inbound(owner.page)).filter((i) => i.participantId === waitingId)).toEqual([]);

    await row.getByRole('button', { name: 'Admit', exact: true }).click();
    await owner.page.getByRole('heading', { level: 2, name: 'Waiting room (0)' }).waitFor();
    await owner.page.getByText('Nobody is waiting.').waitFor();
    await waiting.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Leave meeting' }).waitFor();
    await page
      .getByTestId('announcements')
      .getByText('A moderator let you in. You are now in the meeting.')
      .waitFor({ state: 'attached' });
    guest = {
      page,
      id: await eventually(
        () => ownParticipantId(page),
        (v) => v !== '',
        'the guest joined',
      ),
    };
    await owner.page.locator(`[data-participant-id="${guest.id}"]`).first().waitFor();
  });

  it('letsOwnerAndGuestSeeAndHearEachOther', async () => {
    const pairs: [Page, string][] = [
      [owner.page, guest.id],
      [guest.page, owner.id],
    ];
    for (const [page, sender] of pairs) await expectReceiving(page, sender);
    for (const [page, sender] of pairs) {
      await eventually(
        async () => from(await inbound(page), sender, 'microphone')?.audioLevel ?? 0,
        (level) => level > 0,
        `audio level from ${sender}`,
      );
      await eventually(
        () => audioEnergy(page, sender, 1000),
        (energy) => energy > 0.01,
        `hearing ${sender}`,
      );
    }
  });

  it('withdrawsTheInvitationWhenTheOwnerRevokesTheLink', async () => {
    // The owner, still in the meeting, manages the room in a second tab.
    const page = await ownerContext.newPage();
    await page.goto(server.url);
    await roomItem(page).getByRole('button', { name: 'Guest links' }).click();
    const links = page.getByRole('dialog', { name: `Guest links for “${title}”` });
    const link = links.getByRole('listitem').filter({ hasText: 'Presse' });
    await link.getByRole('button', { name: 'Revoke' }).click();
    const revoked = page.waitForResponse((r) => r.request().method() === 'DELETE');
    await link.getByRole('button', { name: 'Revoke link' }).click();
    expect((await revoked).status()).toBe(204);
    await link.getByText('Revoked').waitFor();
    expect(await link.getByRole('button', { name: 'Copy link' }).count()).toBe(0);

    const third = await anonymousPage(guestLink);
    await third.getByRole('heading', { level: 1, name: 'This invitation was withdrawn' }).waitFor();
    expect(await third.getByLabel('Your name').count()).toBe(0);
    expect(await seriousAccessibilityViolations(third)).toEqual([]);
    await third.context().close();

    // The guest who came in with it gets no new ticket (a reconnect would end at "withdrawn").
    const ticket = await apiInPage<{ error: string }>(guest.page, 'POST', `/v1/rooms/${roomId(roomUrl)}/tickets`, {});
    expect(ticket).toMatchObject({ status: 410, body: { error: 'inviteRevoked' } });
    await page.close();
  });
});

function roomId(url: string): string {
  return new URL(url).pathname.replace(/^\/r\//, '');
}
