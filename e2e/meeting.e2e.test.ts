import { launchChromium } from '@plenum/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInPage } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type DevAccount, devAccounts, signedInContext } from './support/devIdp.js';
import {
  audioEnergy,
  dropSignaling,
  eventually,
  expectReceiving,
  from,
  inbound,
  ownParticipantId,
  previewLive,
  probeScript,
  sentVideoLayers,
} from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

let server: RunningServer;
let browser: Browser;
const foreignRequests: string[] = [];

beforeAll(async () => {
  server = await startServer(18_000 + Math.floor(Math.random() * 2000));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

/**
 * A page in a context of its own, opened at `url`: signed in as `account` through the real login first (meetings are
 * private), or, without an account, as someone who is not (a guest with an invitation link). Requests to other
 * origins are recorded from the moment the app is on its own again: signing in visits the provider by design.
 */
async function openPage(
  url: string,
  { locale = 'en-GB', from = browser, account }: { locale?: string; from?: Browser; account?: DevAccount } = {},
): Promise<Page> {
  let page: Page;
  if (account) {
    page = (await signedInContext(from, server.url, account, { locale, initScript: probeScript })).page;
  } else {
    const context = await from.newContext({ locale, viewport: { width: 1024, height: 720 } });
    await context.addInitScript(probeScript);
    page = await context.newPage();
  }
  const origin = new URL(server.url).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  await page.goto(url);
  return page;
}

async function join(url: string, name: string, account: DevAccount): Promise<{ page: Page; id: string }> {
  const page = await openPage(url, { account });
  await page.getByLabel('Your name').fill(name);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await previewLive(page);
  await page.getByRole('button', { name: 'Join meeting' }).click();
  await page.getByRole('button', { name: 'Leave meeting' }).waitFor();
  const id = await eventually(
    () => ownParticipantId(page),
    (v) => v !== '',
    `${name} joined`,
  );
  return { page, id };
}

/** Presses Tab until `is` reports true for the focused element. */
async function tabTo(page: Page, is: () => boolean): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is)) return;
  }
  throw new Error('the element was not reachable with the Tab key');
}

const isTextField = () => document.activeElement === document.querySelector('input[type="text"], input:not([type])');

/**
 * Joins as a guest through `inviteUrl` with the keyboard only, in German, as a person without a mouse would: the
 * invitation page (name, Enter), then pre-join.
 */
async function joinByKeyboardInGerman(inviteUrl: string, name: string): Promise<{ page: Page; id: string }> {
  const page = await openPage(inviteUrl, { locale: 'de-DE' });
  await page.getByRole('heading', { name: 'Einladung zu „Bauausschuss“' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await tabTo(page, isTextField);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Besprechung beitreten' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(new URL(url).pathname);
  await tabTo(page, isTextField);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  await previewLive(page);
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Besprechung beitreten');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Besprechung verlassen' }).waitFor();
  const id = await eventually(
    () => ownParticipantId(page),
    (v) => v !== '',
    `${name} joined`,
  );
  return { page, id };
}

let url = '';

describe('a meeting in three browsers', () => {
  /** Clara's invitation: she is a guest, let in directly. */
  let inviteUrl = '';
  let anna: { page: Page; id: string };
  let ben: { page: Page; id: string };
  let clara: { page: Page; id: string };

  it('startsAMeetingFromTheStartPage', async () => {
    const page = await openPage(server.url, { account: devAccounts.anna });
    await page.getByRole('heading', { name: 'Create a room' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Room title').fill('Bauausschuss');
    await page.getByRole('button', { name: 'Create room' }).click();
    const room = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Bauausschuss' }) });
    await room.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    url = page.url();
    await page.getByRole('button', { name: 'Join meeting' }).waitFor();
    // A guest link for Clara, who has no account here (the dashboard's dialogs are tested in guestAccess).
    const roomPath = new URL(url).pathname.replace(/^\/r\//, '/v1/rooms/');
    expect((await apiInPage(page, 'PATCH', roomPath, { guestAccess: 'direct' })).status).toBe(200);
    const link = await apiInPage<{ url: string }>(page, 'POST', `${roomPath}/guest-links`, { label: 'Clara' });
    expect(link.status).toBe(201);
    inviteUrl = link.body.url;
    await page.context().close();
  });

  it('letsEveryoneSeeAndHearEveryoneElse', async () => {
    anna = await join(url, 'Anna', devAccounts.anna);
    ben = await join(url, 'Ben', devAccounts.ben);
    clara = await joinByKeyboardInGerman(inviteUrl, 'Clara');
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    const pairs: [Page, string][] = [
      [anna.page, ben.id],
      [anna.page, clara.id],
      [ben.page, anna.id],
      [ben.page, clara.id],
      [clara.page, anna.id],
      [clara.page, ben.id],
    ];
    for (const [page, sender] of pairs) await expectReceiving(page, sender);
    // The camera goes out in simulcast layers (Chromium sends two of the three at 640x360).
    expect((await sentVideoLayers(anna.page)).length).toBeGreaterThanOrEqual(2);
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

  it('showsAMuteToEveryoneAndSilencesTheMutedParticipant', async () => {
    await anna.page.getByRole('button', { name: 'Mute microphone', exact: true }).click();
    // The button now says what pressing it does next.
    await anna.page.getByRole('button', { name: 'Unmute microphone', exact: true }).waitFor();
    for (const other of [ben, clara]) {
      await other.page.locator(`[data-participant-id="${anna.id}"][data-muted="true"]`).first().waitFor();
    }
    for (const other of [ben, clara]) {
      await eventually(
        () => audioEnergy(other.page, anna.id, 1000),
        (energy) => energy >= 0 && energy < 0.001,
        'silence from Anna',
      );
    }
    expect(await audioEnergy(ben.page, clara.id)).toBeGreaterThan(0.01);
  });

  it('resumesTheSameParticipantAfterALostConnection', async () => {
    await dropSignaling(ben.page);
    await eventually(
      () =>
        ben.page.evaluate(
          () =>
            (
              window as unknown as { __probe: { frames: { event?: string; resumed?: boolean }[] } }
            ).__probe.frames.filter((f) => f.event === 'joined').length,
        ),
      (n) => n === 2,
      'Ben joined again',
    );
    expect(await ownParticipantId(ben.page)).toBe(ben.id);
    await expectReceiving(anna.page, ben.id);
    await expectReceiving(ben.page, clara.id);
    await expectReceiving(ben.page, anna.id, 'camera', true);
    await ben.page.locator(`[data-participant-id="${anna.id}"][data-muted="true"]`).first().waitFor();
  });

  it('bringsAReloadedPageBackIntoTheMeetingAsTheSameParticipant', async () => {
    const annaFramesBefore = await anna.page.evaluate(
      () => (window as unknown as { __probe: { frames: unknown[] } }).__probe.frames.length,
    );
    await ben.page.reload();
    await ben.page.getByRole('button', { name: 'Leave meeting' }).waitFor();
    const joined = await eventually(
      () =>
        ben.page.evaluate(
          () =>
            (window as unknown as { __probe: { frames: { event?: string; resumed?: boolean }[] } }).__probe.frames.find(
              (f) => f.event === 'joined',
            ) ?? null,
        ),
      (f) => f !== null,
      'Ben back in the meeting',
    );
    expect(joined).toMatchObject({ resumed: true });
    expect(await ownParticipantId(ben.page)).toBe(ben.id);
    await expectReceiving(anna.page, ben.id);
    await expectReceiving(ben.page, clara.id);
    const annaSaw = await anna.page.evaluate(
      (from) => (window as unknown as { __probe: { frames: { event?: string }[] } }).__probe.frames.slice(from),
      annaFramesBefore,
    );
    expect(annaSaw.filter((f) => f.event === 'participantLeft' || f.event === 'participantJoined')).toEqual([]);
  });

  it('rebuildsAPublisherConnectionThatFailed', async () => {
    const answers = () =>
      anna.page.evaluate(
        () =>
          (window as unknown as { __probe: { frames: { event?: string }[] } }).__probe.frames.filter(
            (f) => f.event === 'publishAnswer',
          ).length,
      );
    const before = await answers();
    await anna.page.evaluate(() => {
      const pcs = (window as unknown as { __probe: { pcs: RTCPeerConnection[] } }).__probe.pcs;
      const publisher = pcs.find(
        (pc) => pc.connectionState === 'connected' && pc.getTransceivers().some((t) => t.direction === 'sendonly'),
      );
      if (!publisher) throw new Error('no publisher connection');
      Object.defineProperty(publisher, 'connectionState', { configurable: true, get: () => 'failed' });
      publisher.dispatchEvent(new Event('connectionstatechange'));
    });
    await anna.page.getByTestId('media-restoring').waitFor();
    await anna.page.getByTestId('media-restoring').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await answers()).toBeGreaterThan(before);
    await expectReceiving(ben.page, anna.id, 'camera', true);
    await ben.page.locator(`[data-participant-id="${anna.id}"][data-muted="true"]`).first().waitFor();
  });

  // Anna shares: by default only owner and moderators may share their screen.
  it('deliversAScreenShareToTheOthers', async () => {
    await anna.page.getByRole('button', { name: 'Share screen' }).click();
    for (const other of [ben, clara]) {
      await other.page.locator(`[data-participant-id="${anna.id}"][data-source="screen"]`).first().waitFor();
      await expectReceiving(other.page, anna.id, 'screen');
    }
  });

  it('letsSomeoneWhoBlockedCameraAndMicrophoneJoinAndListen', async () => {
    const blocked = await launchChromium('denied');
    try {
      const page = await openPage(url, { from: blocked, account: devAccounts.ben });
      await page.getByText('Access to your microphone was blocked', { exact: false }).waitFor();
      await page.getByText('Access to your camera was blocked', { exact: false }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Your name').fill('Dora');
      await page.getByRole('button', { name: 'Join meeting' }).click();
      await page.getByRole('button', { name: 'Leave meeting' }).waitFor();
      const dora = await eventually(
        () => ownParticipantId(page),
        (v) => v !== '',
        'Dora joined',
      );
      await expectReceiving(page, ben.id);
      await anna.page.locator(`[data-participant-id="${dora}"]`).first().waitFor();
      await page.getByRole('button', { name: 'Leave meeting' }).click();
      await anna.page.locator(`[data-participant-id="${dora}"]`).first().waitFor({ state: 'detached' });
    } finally {
      await blocked.close();
    }
  });

  it('removesALeaverForEveryone', async () => {
    await clara.page.getByRole('button', { name: 'Besprechung verlassen' }).click();
    for (const other of [anna, ben]) {
      await other.page.locator(`[data-participant-id="${clara.id}"]`).first().waitFor({ state: 'detached' });
      await other.page.getByTestId('announcements').getByText('Clara left').waitFor({ state: 'attached' });
      await eventually(
        () => inbound(other.page),
        (all) => all.every((i) => i.participantId !== clara.id),
        'no media from Clara',
      );
    }
  });

  it('keepsEveryItemOfTheMoreMenuInReachAt200PercentZoom', async () => {
    // 1280×720 at 200 %: the "More" menu opens above the toolbar and must not reach past the window's top.
    const { page } = anna;
    await page.setViewportSize({ width: 640, height: 360 });
    try {
      await page.getByRole('button', { name: 'More', exact: true }).click();
      const items = page
        .getByRole('menu')
        .getByRole('menuitem')
        .or(page.getByRole('menu').getByRole('menuitemcheckbox'));
      expect(await items.count()).toBeGreaterThan(3);
      for (const item of await items.all()) {
        await item.scrollIntoViewIfNeeded();
        const box = await item.boundingBox();
        expect(box?.y).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(360);
      }
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1024, height: 720 });
    }
  });

  it('madeNoRequestsToAnyOtherOrigin', () => {
    expect(foreignRequests).toEqual([]);
  });
});
