import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '@plenum/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/axe.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import { joinFromPrejoin, joinSignedIn, type Person, toolbarControl, watchDialogs } from './support/meeting.js';
import { probeScript } from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

/**
 * A formal, pseudonymous vote in the browser: Anna (the owner) starts it for herself, Ben and Clara (all signed in);
 * each casts a ballot through the confirm step and downloads their receipt; the result is right; the stored protocol
 * verifies offline with `plenum verify-vote` together with every receipt, a changed protocol does not, and the PDF
 * report says what happened.
 */

const cli = resolve(import.meta.dirname, '../apps/server/dist/cli.js');
const title = 'Haushalt 2027';
let server: RunningServer;
let browser: Browser;
let work: string;

beforeAll(async () => {
  server = await startServer(29_000 + Math.floor(Math.random() * 1000));
  browser = await launchChromium();
  work = await mkdtemp(join(tmpdir(), 'plenum-vote-'));
});

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
  const code = await server?.stop();
  expect(code).toBe(0);
});

/** Opens the "Formal vote" panel (through "More" when the toolbar is full). */
async function openVotePanel(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Formal vote' });
  if (!(await panel.isVisible())) await (await toolbarControl(page, 'Formal vote')).click();
  await panel.getByRole('heading', { name: 'Formal vote' }).waitFor();
  return panel;
}

/** Casts `choice` through the ballot dialog and its confirm step; saves the downloaded receipt. */
async function vote(person: Person, choice: 'Yes' | 'No'): Promise<string> {
  const panel = await openVotePanel(person.page);
  await panel.getByRole('button', { name: 'Vote', exact: true }).click();
  const dialog = person.page.getByRole('dialog', { name: `Your ballot: ${title}` });
  await dialog.getByRole('radio', { name: choice, exact: true }).check();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByText(`You vote: ${choice}. This cannot be changed.`).waitFor();
  await dialog.getByRole('button', { name: 'Cast vote' }).click();
  const receipt = person.page.getByRole('region', { name: 'Your receipt' });
  await receipt.waitFor();
  const download = person.page.waitForEvent('download');
  await receipt.getByRole('button', { name: 'Download receipt (JSON)' }).click();
  const file = join(work, `receipt-${person.name}.json`);
  await (await download).saveAs(file);
  return file;
}

describe('a formal vote', () => {
  let anna: Person;
  let ben: Person;
  let clara: Person;

  it('bringsThreeSignedInMembersIntoOneMeeting', async () => {
    const { page } = await signedInContext(browser, server.url, devAccounts.anna, { initScript: probeScript });
    await page.getByLabel('Room title').fill('Gemeinderat');
    await page.getByRole('button', { name: 'Create room' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Gemeinderat' }) });
    await card.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    const roomUrl = page.url();
    anna = await joinFromPrejoin(page, 'Anna', watchDialogs(page));
    ben = await joinSignedIn(browser, server.url, roomUrl, 'Ben', devAccounts.ben);
    clara = await joinSignedIn(browser, server.url, roomUrl, 'Clara', devAccounts.clara);
  });

  it('runsAPseudonymousVoteInWhichEveryoneVotesOnceThroughAConfirmStep', async () => {
    const panel = await openVotePanel(anna.page);
    await panel.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await panel.getByRole('radio', { name: /^Pseudonymous/ }).check();
    const eligible = panel.getByRole('group', { name: 'Eligible to vote' });
    for (const name of ['Anna', 'Ben', 'Clara']) {
      expect(await eligible.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await panel.getByRole('button', { name: 'Start vote' }).click();

    const receipts = [await vote(anna, 'Yes'), await vote(ben, 'Yes'), await vote(clara, 'No')];
    // Everyone voted: the vote closes by itself and everyone sees the result.
    for (const person of [anna, ben, clara]) {
      const result = person.page.getByRole('region', { name: `Result: ${title}` });
      await result.waitFor({ timeout: 15_000 });
      const counts = result.getByRole('list', { name: 'Counts' });
      await counts.getByText('Yes: 2').waitFor();
      await counts.getByText('No: 1').waitFor();
    }
    expect(await seriousAccessibilityViolations(ben.page)).toEqual([]);

    // The stored protocol and the report, as anyone who attended may download them.
    const result = anna.page.getByRole('region', { name: `Result: ${title}` });
    const protocolUrl = await result
      .getByRole('link', { name: 'Download the vote protocol (JSON)' })
      .getAttribute('href');
    const reportUrl = await result.getByRole('link', { name: 'Download the report (PDF)' }).getAttribute('href');
    const protocol = await ben.page.context().request.get(new URL(protocolUrl ?? '', server.url).toString());
    const report = await ben.page.context().request.get(new URL(reportUrl ?? '', server.url).toString());
    expect(protocol.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('application/pdf');
    const protocolFile = join(work, 'protocol.json');
    await writeFile(protocolFile, await protocol.body());
    const reportFile = join(work, 'report.pdf');
    await writeFile(reportFile, await report.body());

    // Offline: every receipt verifies against the protocol.
    for (const receipt of receipts) {
      const run = spawnSync(process.execPath, [cli, 'verify-vote', protocolFile, receipt], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
    }
    // A changed protocol does not: one ballot's choice turned around.
    const text = await readFile(protocolFile, 'utf8');
    const forged = text.replace('"choice":"no"', '"choice":"yes"');
    expect(forged).not.toBe(text);
    const forgedFile = join(work, 'forged.json');
    await writeFile(forgedFile, forged);
    const refused = spawnSync(process.execPath, [cli, 'verify-vote', forgedFile], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/changed/);

    // The report: title, kind, results, the record of tokens (no names of voters), and the signature.
    const pdf = execFileSync('pdftotext', ['-layout', reportFile, '-'], { encoding: 'utf8' });
    expect(pdf).toContain(title);
    expect(pdf).toMatch(/Pseudonym/i);
    expect(pdf).toMatch(/Ja|Yes/);
    // The voting record lists the voters' tokens, each as its receipt says (long tokens may wrap: compare unbroken).
    const flat = pdf.replace(/\s+/g, '');
    for (const receipt of receipts) {
      const { token } = JSON.parse(await readFile(receipt, 'utf8')) as { token?: string };
      expect(token).toBeTruthy();
      expect(flat).toContain(token);
    }
  });
});
