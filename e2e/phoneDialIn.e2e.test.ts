import { launchChromium } from '@plenum/test-browser';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Baresip, rms, startBaresip } from '../apps/sip-gateway/src/testing/baresip.js';
import { apiInPage } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import { joinFromPrejoin, openPanel, type Person, watchDialogs } from './support/meeting.js';
import { audioEnergy, eventually, probeScript } from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

/**
 * Telephone dial-in, end to end, as `npm start` runs it: the server starts its SIP gateway, Janus mixes. Anna turns
 * dial-in on for her room in the dashboard and reads number and PIN there; a real phone (baresip) dials in, keys them in
 * as DTMF, and is heard in Anna's browser, while it hears Anna. A caller with a wrong PIN is hung up on after the
 * third try; in a room with a waiting room the caller waits until Anna lets them in.
 */

const DIAL_IN_NUMBER = '+49 30 901820';
let server: RunningServer;
let browser: Browser;
let sipUri: string;
const phones: Baresip[] = [];

beforeAll(async () => {
  const port = 28_000 + Math.floor(Math.random() * 1000);
  server = await startServer(port, {
    PLENUM_TENANT_PHONE_DIAL_IN: 'true',
    PLENUM_SIP_DIAL_IN_NUMBER: DIAL_IN_NUMBER,
    PLENUM_SIP_RTP_PORTS: '47000-47199',
    PLENUM_JANUS_MIXER_FEED_PORTS: '47400-47499',
  });
  sipUri = `sip:plenum@127.0.0.1:${server.sipPort}`;
  browser = await launchChromium();
});

afterAll(async () => {
  for (const phone of phones) await phone.stop();
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

/** The value shown under a term of the dial-in details (digits grouped for reading: spaces removed). */
async function detail(dialog: Locator, term: string): Promise<string> {
  const value = dialog
    .locator('dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]')
    .locator('.dial-in__value');
  return ((await value.textContent()) ?? '').replace(/\s/g, '');
}

async function call(user: string): Promise<Baresip> {
  const phone = await startBaresip({ user, toneHz: 1000 });
  phones.push(phone);
  phone.dial(sipUri);
  await phone.waitFor(/Call established/, 15_000);
  return phone;
}

describe('telephone dial-in', () => {
  let anna: Person;
  let page: Page;
  let conferenceNumber: string;
  let pin: string;
  let roomPath: string;

  it('letsTheOwnerTurnDialInOnAndReadNumberAndPinInTheDashboard', async () => {
    const title = 'Gemeinderat';
    ({ page } = await signedInContext(browser, server.url, devAccounts.anna, { initScript: probeScript }));
    await page.getByLabel('Room title').fill(title);
    await page.getByRole('button', { name: 'Create room' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: title }) });
    await card.getByRole('button', { name: 'Telephone dial-in' }).click();
    const dialog = page.getByRole('dialog', { name: `Telephone dial-in for “${title}”` });
    await dialog.getByText('Nobody can join this room by telephone.').waitFor();
    const allow = dialog.getByRole('checkbox', { name: 'Allow joining by telephone' });
    await allow.click();
    await dialog.getByText('Telephone dial-in is on.').waitFor({ state: 'attached' });
    await expect.poll(() => allow.isChecked()).toBe(true);
    expect(await detail(dialog, 'Dial-in number')).toBe(DIAL_IN_NUMBER.replace(/\s/g, ''));
    conferenceNumber = await detail(dialog, 'Conference number');
    pin = await detail(dialog, 'PIN');
    expect(conferenceNumber).toMatch(/^\d{10}$/);
    expect(pin).toMatch(/^\d{10}$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await card.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    roomPath = new URL(page.url()).pathname.replace(/^\/r\//, '/v1/rooms/');
    anna = await joinFromPrejoin(page, 'Anna', watchDialogs(page));
    // In the meeting, the owner finds the same details under "Meeting details".
    await page.getByRole('button', { name: 'Meeting details' }).click();
    const details = page.getByRole('dialog', { name: 'Meeting details' });
    await details.getByRole('heading', { name: 'Join by telephone' }).waitFor();
    expect(await detail(details, 'Conference number')).toBe(conferenceNumber);
    expect(await detail(details, 'PIN')).toBe(pin);
    await details.getByRole('button', { name: 'Copy invitation' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
  });

  it('bringsACallerInWhoIsHeardInTheBrowserAndHearsTheRoom', async () => {
    const phone = await call('+4930111222');
    await phone.keys(`${conferenceNumber}#${pin}#`);
    const list = await openPanel(page, 'Show participants', 'Participants (2)');
    await list.getByText('+49 … 22').waitFor({ timeout: 20_000 });
    await list.getByText('by phone', { exact: false }).waitFor();
    // The caller's 1 kHz tone reaches Anna's browser through the phones' mix.
    const heard = await eventually(
      () => audioEnergy(page, null, 1500),
      (energy) => energy > 0.001,
      'the caller is heard in the browser',
      20_000,
    );
    expect(heard).toBeGreaterThan(0.001);
    // The gateway tells who of the phones talks: the caller's tile shows it (its 1 kHz tone never stops).
    await page.locator('[data-speaking="true"]', { hasText: '+49 … 22' }).first().waitFor({ timeout: 10_000 });
    // After the "you are in the meeting" prompt the caller hears the room: Anna's (fake, beeping) microphone. When
    // she mutes, the caller hears silence (A-law's quietest step decodes to ±8); so what they heard was her, not a
    // prompt.
    const lastSeconds = (seconds: number) => rms(phone.heard().slice(-8000 * seconds));
    await eventually(
      async () => lastSeconds(2),
      (level) => level > 50,
      'the caller hears Anna',
      20_000,
    );
    await page.getByRole('button', { name: 'Mute microphone', exact: true }).click();
    await eventually(
      async () => lastSeconds(2),
      (level) => level < 20,
      'the caller hears silence once Anna mutes',
    );
    await page.getByRole('button', { name: 'Unmute microphone', exact: true }).click();
    await eventually(
      async () => lastSeconds(2),
      (level) => level > 50,
      'the caller hears Anna again',
    );
    expect(anna.dialogs).toEqual([]);
  });

  it('hangsUpOnACallerWhoKeysAWrongPinThreeTimes', async () => {
    const phone = await call('+4930333444');
    for (let attempt = 0; attempt < 3; attempt++) {
      await phone.keys(`${conferenceNumber}#${pin.slice(0, 9)}${(Number(pin.at(-1)) + 1) % 10}#`);
      await new Promise((r) => setTimeout(r, 1500));
    }
    await phone.waitFor(/terminated/, 30_000);
  });

  it('letsACallerWaitUntilTheOwnerAdmitsThemWhenTheRoomHasAWaitingRoom', async () => {
    expect((await apiInPage(page, 'PATCH', roomPath, { waitingRoom: 'guests' })).status).toBe(200);
    const phone = await call('+4930555666');
    await phone.keys(`${conferenceNumber}#${pin}#`);
    const slot = page.locator('[data-toolbar="lobby"]');
    await expect.poll(() => slot.getAttribute('data-count'), { timeout: 20_000 }).toBe('1');
    await slot.getByRole('button', { name: 'Waiting room' }).click();
    const row = page.locator('li[data-waiting-id]');
    await row.getByText('+49 … 66').waitFor();
    await row.getByText('Phone', { exact: false }).first().waitFor();
    await row.getByRole('button', { name: 'Admit', exact: true }).click();
    const list = await openPanel(page, 'Show participants', 'Participants (3)');
    await list.getByText('+49 … 66').waitFor({ timeout: 10_000 });
  });
});
