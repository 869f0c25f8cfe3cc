import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@plenum/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devAccounts, signedInContext } from './support/devIdp.js';
import { announced, hears, joinFromPrejoin, joinSignedIn, type Person, watchDialogs } from './support/meeting.js';
import { eventually, expectReceiving, inbound, probeScript } from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

/**
 * Janus dies in the middle of a meeting (SIGKILL, as the OOM killer would). Plenum starts it again by itself, and the
 * meeting's audio and video come back for everyone without anyone doing anything; while they are down, everyone is
 * told ("being restored") and told again when they are back.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(26_000 + Math.floor(Math.random() * 2000));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

/** How long the meeting may be without media after Janus died. */
const recoveryBudgetMs = 20_000;

const janusPid = () => Number.parseInt(readFileSync(join(server.dataDir, 'janus', 'janus.pid'), 'utf8'), 10);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether media from `sender` flows into `page` right now: over one second, more camera frames were decoded and more
 * microphone bytes arrived (summed over the page's live peer connections, so a replaced one does not count).
 */
async function flowing(page: Page, sender: Person): Promise<{ frames: number; audioBytes: number }> {
  const read = async () => {
    const mine = (await inbound(page)).filter((i) => i.participantId === sender.id);
    const sum = (source: string, value: (i: (typeof mine)[number]) => number) =>
      mine.filter((i) => i.source === source).reduce((total, i) => total + value(i), 0);
    return { frames: sum('camera', (i) => i.framesDecoded), audioBytes: sum('microphone', (i) => i.bytesReceived) };
  };
  const before = await read();
  await new Promise((r) => setTimeout(r, 1000));
  const after = await read();
  return { frames: after.frames - before.frames, audioBytes: after.audioBytes - before.audioBytes };
}

const flows = (rate: { frames: number; audioBytes: number }) => rate.frames >= 5 && rate.audioBytes > 1000;

describe('Janus restarts in the middle of a meeting', () => {
  let anna: Person;
  let ben: Person;

  it('bringsTwoPeopleIntoAMeetingWhoSeeAndHearEachOther', async () => {
    const { page } = await signedInContext(browser, server.url, devAccounts.anna, { initScript: probeScript });
    const dialogs = watchDialogs(page);
    await page.getByRole('heading', { name: 'Create a room' }).waitFor();
    await page.getByLabel('Room title').fill('Werkausschuss');
    await page.getByRole('button', { name: 'Create room' }).click();
    const room = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Werkausschuss' }) });
    await room.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    const roomUrl = page.url();
    anna = await joinFromPrejoin(page, 'Anna', dialogs);
    ben = await joinSignedIn(browser, server.url, roomUrl, 'Ben', devAccounts.ben);
    await expectReceiving(anna.page, ben.id);
    await expectReceiving(ben.page, anna.id);
    expect(flows(await flowing(anna.page, ben))).toBe(true);
    expect(flows(await flowing(ben.page, anna))).toBe(true);
    await hears(anna.page, ben, 20_000);
    await hears(ben.page, anna, 20_000);
  });

  it('restartsJanusAndBringsMediaBackForBothWithinTheBudgetTellingThemMeanwhile', async () => {
    const first = janusPid();
    expect(alive(first)).toBe(true);
    process.kill(first, 'SIGKILL');
    const killedAt = Date.now();

    // Both are told that audio and video are being restored (banner and live announcement); nobody left the meeting.
    for (const person of [anna, ben]) {
      await person.page.getByTestId('media-restoring').waitFor({ timeout: recoveryBudgetMs });
      await announced(person.page, 'Audio and video are being restored');
      await person.page.getByRole('button', { name: 'Leave meeting' }).waitFor({ timeout: 1000 });
    }

    const toldAfterMs = Date.now() - killedAt;

    // Plenum started a new Janus by itself.
    const second = await eventually(
      async () => janusPid(),
      (pid) => pid !== first && alive(pid),
      'a new Janus process',
      recoveryBudgetMs,
    );
    expect(alive(first)).toBe(false);
    expect(second).not.toBe(first);
    const restartedAfterMs = Date.now() - killedAt;

    // Media flows again both ways: growing video and audio, and the beeps are heard.
    const left = () => Math.max(1, recoveryBudgetMs - (Date.now() - killedAt));
    await eventually(() => flowing(ben.page, anna), flows, 'media from Anna reaching Ben again', left());
    await eventually(() => flowing(anna.page, ben), flows, 'media from Ben reaching Anna again', left());
    await hears(anna.page, ben, left());
    await hears(ben.page, anna, left());
    const recoveredMs = Date.now() - killedAt;
    expect(recoveredMs).toBeLessThan(recoveryBudgetMs);
    // The logged-in pages saw the recovery through: the banner is gone and its end was announced.
    for (const person of [anna, ben]) {
      await person.page.getByTestId('media-restoring').waitFor({ state: 'detached', timeout: left() });
      await announced(person.page, 'Audio and video are back');
      expect(person.dialogs).toEqual([]);
    }
    expect(server.output()).toContain('janus exited unexpectedly, restarting');
    // Monitoring sees it too.
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^plenum_janus_restarts_total 1$/m);
    expect(metrics).toMatch(/^plenum_janus_connected 1$/m);
    console.info(
      `after Janus was killed: told ${toldAfterMs} ms, new Janus ${restartedAfterMs} ms, media back ${recoveredMs} ms`,
    );
  });
});
