import { readFile } from 'node:fs/promises';
import { launchChromium } from '@plenum/test-browser';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInPage } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { createRoomInDashboard, pdfText, roomCard } from './support/dashboard.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import {
  announced,
  hears,
  joinAsGuest,
  joinFromPrejoin,
  openModerationSection,
  openPanel,
  type Person,
  toolbar,
  toolbarControl,
  watchDialogs,
} from './support/meeting.js';
import { probeScript } from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

/**
 * The committee features of issue 7 that committeeMeeting does not run in a browser. Anna (the owner), Ben and Clara
 * of musterstadt sign in for real; the same browser contexts serve two meetings in one room.
 * - Meeting 1 (Anna and Ben): Anna adds an agenda item, writes notes, records a decision and its outcome, exports the
 *   minutes for participants and ends the meeting.
 * - Meeting 2 (Anna, Ben, Clara): everyone is told the minutes continue the earlier meeting; Anna starts new minutes,
 *   which keep the agenda but not the notes. Under restricted microphones Ben raises his hand and Anna lets him speak
 *   from the queue; Anna bans a guest of a one-person link and closes the link with it.
 * - Afterwards: Anna's "Meetings" dialog lists both meetings with their files (she downloads one, deletes one);
 *   Ben's "Past meetings" offers the first meeting's minutes, Clara's does not.
 */

const title = 'Finanzausschuss';
const item = 'Gebührensatzung';
const notes = 'Die Kämmerin erläutert die neue Kalkulation.';
const decision = 'Die Gebührensatzung wird zur Beratung in den Rat verwiesen.';
let server: RunningServer;
let browser: Browser;
let roomUrl: string;
let anna: Person;
let ben: Person;
let clara: Person;

beforeAll(async () => {
  server = await startServer(30_000 + Math.floor(Math.random() * 1000));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

/** `person` opens the room link again (after a meeting ended) and joins from pre-join. */
const rejoin = async (person: Person) => {
  await person.page.goto(roomUrl);
  return joinFromPrejoin(person.page, person.name, person.dialogs);
};

/** A signed-in account's own context, on the start page with the probe installed. */
const signedIn = async (account: (typeof devAccounts)[keyof typeof devAccounts]) =>
  (await signedInContext(browser, server.url, account, { initScript: probeScript })).page;

/** The agenda item's section in a minutes panel, and its notes. */
const itemIn = (panel: Locator, number = 1) => panel.getByRole('region', { name: `${number}. ${item}` });
const notesIn = (panel: Locator) => itemIn(panel).getByRole('textbox', { name: 'Notes' });

/** Anna ends the meeting for everyone (Leave, its second choice, confirmed); everyone sees it ended. */
async function endMeeting(others: readonly Person[]): Promise<void> {
  await toolbar(anna.page).getByRole('button', { name: 'Leave meeting', exact: true }).click();
  await anna.page.getByRole('menuitem', { name: 'End meeting for everyone', exact: true }).click();
  await anna.page
    .getByRole('dialog', { name: 'End meeting for everyone' })
    .getByRole('button', { name: 'End meeting now' })
    .click();
  await anna.page.getByRole('heading', { name: 'You ended the meeting' }).waitFor();
  for (const other of others) await other.page.getByRole('heading', { name: 'The meeting has ended' }).waitFor();
}

/** Clicks a "Download" link and returns the download with its bytes. */
async function download(page: Page, link: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await link.click();
  const file = await started;
  return { file, bytes: await readFile((await file.path()) ?? '') };
}

/** The meetings of a meeting list (its own items, not those of their file lists), newest first. */
const meetingsIn = (list: Locator) => list.locator(':scope > li');
/** A meeting's file of kind `kind` ("Minutes (PDF)"), named by its kind and filename. */
const fileOf = (meeting: Locator, kind: string) =>
  meeting.getByRole('listitem', { name: new RegExp(`^${kind.replace(/[()]/g, '\\$&')} `) });

describe('committee follow-up', () => {
  /** The files of meeting 1 as Anna's dialog links them (their hrefs). */
  let firstMeetingFiles: string[] = [];

  it('keepsTheMinutesOfAMeetingWithNotesADecisionAndItsOutcome', async () => {
    const page = await signedIn(devAccounts.anna);
    const card = await createRoomInDashboard(page, title);
    await card.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    roomUrl = page.url();
    // Guests may come in directly (a guest of a one-person link is banned in meeting 2).
    const roomPath = new URL(roomUrl).pathname.replace(/^\/r\//, '/v1/rooms/');
    expect((await apiInPage(page, 'PATCH', roomPath, { guestAccess: 'direct' })).status).toBe(200);
    anna = await joinFromPrejoin(page, 'Anna', watchDialogs(page));
    const benPage = await signedIn(devAccounts.ben);
    ben = { name: 'Ben', page: benPage, id: '', dialogs: watchDialogs(benPage) };
    ben = await rejoin(ben);

    // Anna puts an item on the agenda in the meeting, writes notes and records a decision with its outcome.
    const minutes = await openPanel(anna.page, 'Minutes');
    await minutes.getByRole('textbox', { name: 'Title of the new agenda item' }).fill(item);
    await minutes.getByRole('button', { name: 'Add item', exact: true }).click();
    await notesIn(minutes).fill(notes);
    await itemIn(minutes).getByRole('textbox', { name: 'New decision' }).fill(decision);
    await itemIn(minutes).getByRole('combobox', { name: 'Outcome', exact: true }).selectOption({ label: 'adopted' });
    await itemIn(minutes).getByRole('button', { name: 'Add decision' }).click();
    const decisions = itemIn(minutes).getByRole('region', { name: `Decisions – item 1: ${item}` });
    const outcome = decisions.getByRole('combobox', { name: `Outcome “${decision}”` });
    await expect.poll(() => outcome.inputValue()).toBe('adopted');
    // On second thought: rejected. Ben, who reads, sees the notes and the outcome as recorded.
    await outcome.selectOption({ label: 'rejected' });
    const benMinutes = await openPanel(ben.page, 'Minutes');
    await expect.poll(() => notesIn(benMinutes).inputValue()).toBe(notes);
    await itemIn(benMinutes).getByRole('listitem').filter({ hasText: decision }).getByText('rejected').waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);

    const exporting = minutes.getByRole('region', { name: 'Export' });
    await exporting.getByRole('radio', { name: 'Participants' }).check();
    await exporting.getByRole('button', { name: 'Export PDF and Markdown' }).click();
    await benMinutes.getByRole('link', { name: 'Download minutes (Markdown)' }).waitFor({ timeout: 15_000 });
    await endMeeting([ben]);
  });

  it('startsNewMinutesInTheNextMeetingWithTheAgendaButNotTheNotes', async () => {
    anna = await rejoin(anna);
    ben = await rejoin(ben);
    const claraPage = await signedIn(devAccounts.clara);
    clara = await rejoin({ name: 'Clara', page: claraPage, id: '', dialogs: watchDialogs(claraPage) });

    // Everyone is told the minutes are from an earlier meeting; only Anna, a moderator, may choose what happens.
    const panels = new Map<Person, Locator>();
    for (const person of [anna, ben, clara]) {
      const panel = await openPanel(person.page, 'Minutes');
      panels.set(person, panel);
      await panel.getByText(/^These minutes continue an earlier meeting \(last changed .+\)\.$/).waitFor();
      await expect.poll(() => notesIn(panel).inputValue()).toBe(notes);
    }
    const minutes = panels.get(anna) as Locator;
    for (const reader of [ben, clara])
      expect(await (panels.get(reader) as Locator).getByRole('button', { name: 'Start new minutes' }).count()).toBe(0);
    await minutes.getByRole('button', { name: 'Start new minutes' }).click();
    await minutes.getByText(/^Start new minutes\? The current minutes are first stored as files/).waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await minutes.getByRole('button', { name: 'Store and start new minutes' }).click();
    await announced(anna.page, 'New minutes were started. The previous minutes are stored as files for moderators.');

    // The new minutes: the same agenda item, without notes or decisions; the notice is gone for everyone.
    for (const person of [anna, ben, clara]) {
      const panel = await openPanel(person.page, 'Minutes');
      await panel.getByText(/^These minutes continue an earlier meeting/).waitFor({ state: 'detached' });
      await itemIn(panel).waitFor();
      await expect.poll(() => notesIn(panel).inputValue()).toBe('');
      await itemIn(panel)
        .getByRole('region', { name: `Decisions – item 1: ${item}` })
        .getByText('None yet.')
        .waitFor();
      expect(await panel.getByText(decision).count()).toBe(0);
    }

    // This meeting's own minutes, exported for moderators only.
    await notesIn(minutes).fill('Neue Sitzung.');
    const exporting = minutes.getByRole('region', { name: 'Export' });
    await exporting.getByRole('radio', { name: 'Moderators only' }).check();
    await exporting.getByRole('button', { name: 'Export PDF and Markdown' }).click();
    await minutes.getByRole('link', { name: 'Download minutes (PDF)' }).waitFor({ timeout: 15_000 });
  });

  it('letsAModeratorAllowARaisedHandToSpeakUnderRestrictedMicrophones', async () => {
    const moderation = await openPanel(anna.page, 'Moderation');
    const microphones = await openModerationSection(moderation, 'moderation', 'microphones');
    // The checkbox shows the room's state: it turns checked once the server has switched the restrictions on.
    const restrict = microphones.getByRole('checkbox', { name: 'Only allowed people may speak' });
    await restrict.click();
    await expect.poll(() => restrict.isChecked()).toBe(true);
    // Ben is held muted: his microphone button cannot be pressed.
    const locked = await toolbarControl(ben.page, 'Microphone locked');
    expect(await locked.isDisabled()).toBe(true);
    await (await toolbarControl(ben.page, 'Raise hand')).click();

    const queue = await openModerationSection(moderation, 'raise-hands');
    const row = queue.getByRole('listitem').filter({ hasText: ben.name });
    const allow = row.getByRole('button', { name: 'Allow to speak' });
    await allow.waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await allow.click();
    await allow.waitFor({ state: 'detached' });

    // Ben may unmute, and is heard; Clara, not allowed, is still held muted.
    await announced(ben.page, 'You may speak again. Unmute when you are ready.');
    await (await toolbarControl(ben.page, 'Unmute microphone')).click();
    await toolbarControl(ben.page, 'Mute microphone');
    await hears(anna.page, ben);
    expect(await (await toolbarControl(clara.page, 'Microphone locked')).isDisabled()).toBe(true);
  });

  it('bansAGuestOfAOnePersonLinkAndClosesTheLink', async () => {
    const roomPath = new URL(roomUrl).pathname.replace(/^\/r\//, '/v1/rooms/');
    const link = await apiInPage<{ url: string }>(anna.page, 'POST', `${roomPath}/guest-links`, {
      label: 'Presse',
      maxUses: 1,
    });
    expect(link.status).toBe(201);
    const guest = await joinAsGuest(browser, link.body.url, 'Gast');

    const moderation = await openPanel(anna.page, 'Moderation');
    const people = await openModerationSection(moderation, 'moderation', 'participants');
    await people.getByRole('combobox', { name: 'Find a participant' }).fill(guest.name);
    await people.getByRole('option', { name: new RegExp(`^${guest.name}\\b`) }).click();
    await people
      .getByRole('group', { name: `Actions for ${guest.name}` })
      .getByRole('button', { name: 'Ban from meeting' })
      .click();
    const ban = anna.page.getByRole('dialog', { name: 'Ban from meeting' });
    // The link was made for one person: closing it is the choice to begin with.
    const closeLink = ban.getByRole('checkbox', { name: /^Also close the guest link they came through/ });
    expect(await closeLink.isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await ban.getByRole('button', { name: 'Ban', exact: true }).click();

    await guest.page.getByRole('heading', { name: 'You were removed from the meeting' }).waitFor();
    await anna.page.locator(`[data-participant-id="${guest.id}"]`).first().waitFor({ state: 'detached' });
    // The link lets nobody in any more: it was withdrawn (not merely used up by the one guest).
    const visitor = await browser.newContext({ locale: 'en-GB' });
    const page = await visitor.newPage();
    await page.goto(link.body.url);
    await page.getByRole('heading', { name: 'This invitation was withdrawn' }).waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
    await visitor.close();
    await guest.page.context().close();
  });

  it('listsBothMeetingsWithTheirFilesForTheOwnerWhoDownloadsOneAndDeletesOne', async () => {
    await endMeeting([ben, clara]);
    const page = anna.page;
    await page.goto(server.url);
    const openMeetings = async () => {
      await roomCard(page, title).getByRole('button', { name: 'Meetings', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Meetings of “${title}”` });
      const meetings = meetingsIn(dialog.getByRole('list', { name: 'Meetings, newest first' }));
      await expect.poll(() => meetings.count()).toBe(2);
      return { dialog, second: meetings.nth(0), first: meetings.nth(1) };
    };
    const { dialog, first, second } = await openMeetings();
    const forEveryone = 'Who may download: you and everyone who attended';
    const forModerators = 'Who may download: you and the moderators who attended';
    for (const kind of ['Minutes (PDF)', 'Minutes (Markdown)']) {
      await fileOf(first, kind).getByText(forEveryone).waitFor();
      await fileOf(second, kind).getByText(forModerators).waitFor();
    }
    // Starting new minutes stored nothing more: the first meeting's export already held its minutes.
    expect(await second.getByRole('link', { name: 'Download' }).count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    firstMeetingFiles = await first
      .getByRole('link', { name: 'Download' })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(firstMeetingFiles).toHaveLength(2);

    // The first meeting's minutes as Markdown: its notes and the decision with the outcome as last recorded.
    const md = await download(page, fileOf(first, 'Minutes (Markdown)').getByRole('link', { name: 'Download' }));
    expect(md.file.suggestedFilename()).toMatch(/\.md$/);
    const text = md.bytes.toString('utf8');
    for (const expected of [title, item, notes, decision, 'abgelehnt']) expect(text).toContain(expected);
    expect(text).not.toContain('angenommen');
    expect(text).not.toContain('Neue Sitzung.');

    // The owner deletes the second meeting's PDF, after a confirm step; it is gone, also after a reload.
    const pdf = fileOf(second, 'Minutes (PDF)');
    const href = (await pdf.getByRole('link', { name: 'Download' }).getAttribute('href')) ?? '';
    await pdf.getByRole('button', { name: 'Delete', exact: true }).click();
    await pdf.getByText(/^Delete “.+”\? Nobody can download it afterwards\./).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await pdf.getByRole('button', { name: 'Delete file' }).click();
    await dialog
      .getByRole('status')
      .getByText(/^“.+” deleted\.$/)
      .waitFor();
    await pdf.waitFor({ state: 'detached' });
    await page.reload();
    const again = await openMeetings();
    await fileOf(again.second, 'Minutes (Markdown)').waitFor();
    expect(await fileOf(again.second, 'Minutes (PDF)').count()).toBe(0);
    expect(await fileOf(again.first, 'Minutes (PDF)').count()).toBe(1);
    expect((await page.context().request.get(new URL(href, server.url).toString())).status()).toBe(404);
  });

  it('offersAttendeesThePastMeetingsFilesTheyMaySeeAndNoOthers', async () => {
    // Ben attended both meetings: the first one's minutes are for everyone who attended, the second one's are not.
    await ben.page.goto(server.url);
    const past = (page: Page) =>
      meetingsIn(
        page.getByRole('region', { name: 'Past meetings' }).getByRole('list', { name: 'Past meetings, newest first' }),
      );
    await expect.poll(() => past(ben.page).count()).toBe(2);
    const [second, first] = [past(ben.page).nth(0), past(ben.page).nth(1)];
    await second.getByText('No files were kept of this meeting.').waitFor();
    const pdf = fileOf(first, 'Minutes (PDF)');
    await pdf.getByText('For everyone who attended').waitFor();
    expect(await seriousAccessibilityViolations(ben.page)).toEqual([]);
    const minutes = await download(ben.page, pdf.getByRole('link', { name: 'Download' }));
    const text = pdfText(minutes.bytes).replace(/\s+/g, ' ');
    for (const expected of [item, notes, decision, 'abgelehnt']) expect(text).toContain(expected);

    // Clara attended only the second meeting: the first one is not hers to see, nor its files to download.
    await clara.page.goto(server.url);
    await expect.poll(() => past(clara.page).count()).toBe(1);
    await past(clara.page).first().getByText('No files were kept of this meeting.').waitFor();
    for (const href of firstMeetingFiles) {
      expect(await clara.page.locator(`a[href="${href}"]`).count()).toBe(0);
      expect((await clara.page.context().request.get(new URL(href, server.url).toString())).status()).toBe(404);
    }
  });
});
