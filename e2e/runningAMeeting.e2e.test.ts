import { launchChromium } from '@plenum/test-browser';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInPage } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import {
  announced,
  hears,
  joinAsGuest,
  joinFromPrejoin,
  joinSignedIn,
  moderationSection,
  openModerationSection,
  openPanel,
  type Person,
  tile,
  toolbar,
  toolbarControl,
  watchDialogs,
} from './support/meeting.js';
import { audioEnergy, eventually, expectReceiving, inbound, probeScript } from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

/**
 * Issue 5, "How it is shown": a moderator (Anna, the owner) and two participants (Ben, signed in, and Clara, a guest)
 * run a meeting with the signalling modules' UIs: a mute, a raised hand, a poll, the chat, breakout rooms.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(24_000 + Math.floor(Math.random() * 2000));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

const title = 'Stadtrat';

/**
 * Waits until `page` hears nothing from `sender`: about no audio energy on their microphone's stream, or no such
 * stream at all (-1; a muted microphone sends nothing, and a subscription made while it is muted may leave it out).
 */
const hearsNothingFrom = (page: Page, sender: Person) =>
  eventually(
    () => audioEnergy(page, sender.id, 1000),
    (energy) => energy < 0.001,
    `silence from ${sender.name}`,
  );

/**
 * Waits until `page` gets no media from `sender`: each of its streams is either gone from the page's subscription or
 * no longer grows (no bytes over a second).
 */
async function expectNotReceiving(page: Page, sender: Person): Promise<void> {
  await eventually(
    async () => {
      const before = (await inbound(page)).filter((i) => i.participantId === sender.id);
      await new Promise((r) => setTimeout(r, 1000));
      const after = (await inbound(page)).filter((i) => i.participantId === sender.id);
      return after.map((a) => ({
        source: a.source,
        grew: a.bytesReceived - (before.find((b) => b.source === a.source)?.bytesReceived ?? a.bytesReceived),
      }));
    },
    (streams) => streams.every((s) => s.grew === 0),
    `no media from ${sender.name}`,
  );
}

describe('running a meeting: a moderator and two participants', () => {
  let anna: Person;
  let ben: Person;
  let clara: Person;
  let everyone: Person[];

  it('bringsTheOwnerASignedInColleagueAndAGuestIntoOneMeeting', async () => {
    const { page } = await signedInContext(browser, server.url, devAccounts.anna, { initScript: probeScript });
    const dialogs = watchDialogs(page);
    await page.getByRole('heading', { name: 'Create a room' }).waitFor();
    await page.getByLabel('Room title').fill(title);
    await page.getByRole('button', { name: 'Create room' }).click();
    const room = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: title }) });
    await room.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    const roomUrl = page.url();
    // A guest link for Clara (the dashboard's dialogs are tested in guestAccess).
    const roomPath = new URL(roomUrl).pathname.replace(/^\/r\//, '/v1/rooms/');
    expect((await apiInPage(page, 'PATCH', roomPath, { guestAccess: 'direct' })).status).toBe(200);
    const link = await apiInPage<{ url: string }>(page, 'POST', `${roomPath}/guest-links`, { label: 'Clara' });
    expect(link.status).toBe(201);

    anna = await joinFromPrejoin(page, 'Anna', dialogs);
    ben = await joinSignedIn(browser, server.url, roomUrl, 'Ben', devAccounts.ben);
    clara = await joinAsGuest(browser, link.body.url, 'Clara');
    everyone = [anna, ben, clara];
    for (const viewer of everyone)
      for (const sender of everyone) if (viewer !== sender) await expectReceiving(viewer.page, sender.id);
    // Ben is heard, so that his silence after the mute means something.
    await hears(anna.page, ben);
    await hears(clara.page, ben);
  });

  it('letsTheModeratorMuteAParticipantWhoIsToldWhoMutedThem', async () => {
    const panel = await openPanel(anna.page, 'Moderation');
    // The participants section is among the first, open ones: find Ben, choose him, mute him.
    const controls = await openModerationSection(panel, 'moderation', 'participants');
    await controls.getByRole('heading', { name: 'Participants', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    const picker = controls.getByRole('combobox', { name: 'Find a participant' });
    await picker.fill(ben.name);
    await controls.getByRole('status').getByText('1 of 2 people match').waitFor();
    await controls.getByRole('option', { name: ben.name, exact: true }).click();
    await controls
      .getByRole('group', { name: `Actions for ${ben.name}` })
      .getByRole('button', { name: 'Mute', exact: true })
      .click();

    // Ben is told who muted him, visibly (an alert banner that goes by itself after a while), and his microphone
    // button now offers to unmute. Each notice is an alert of its own with its own "Dismiss".
    await ben.page.getByRole('alert').getByText('Anna muted you. You can unmute yourself.').waitFor();
    await toolbar(ben.page).getByRole('button', { name: 'Unmute microphone', exact: true }).waitFor();
    await ben.page
      .getByRole('alert')
      .filter({ hasText: 'Anna muted you.' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await ben.page.getByRole('alert').filter({ hasText: 'Anna muted you.' }).waitFor({ state: 'detached' });
    // Anna's "Mute" for Ben now says he is muted, and does nothing.
    const muted = controls
      .getByRole('group', { name: `Actions for ${ben.name}` })
      .getByRole('button', { name: 'Muted', exact: true });
    await muted.waitFor();
    expect(await muted.getAttribute('aria-disabled')).toBe('true');
    // The others see him muted and no longer hear him; Anna is still heard.
    for (const other of [anna, clara]) {
      await other.page.locator(`li.video-tile[data-participant-id="${ben.id}"][data-muted="true"]`).first().waitFor();
      await tile(other.page, ben.id).getByRole('img', { name: 'Microphone muted' }).waitFor();
    }
    for (const other of [anna, clara]) await hearsNothingFrom(other.page, ben);
    await hears(clara.page, anna);
  });

  it('showsARaisedHandToTheModeratorWhoLowersIt', async () => {
    await (await toolbarControl(clara.page, 'Raise hand')).click();
    // The button now says what pressing it does; Clara sees her own place in the queue.
    await toolbarControl(clara.page, 'Lower hand');
    await tile(clara.page, clara.id).getByRole('img', { name: 'Hand raised, number 1 in the queue' }).waitFor();

    // The moderator is told (a notice, with the sound) and sees it on the tile and in the queue; Ben sees the hand too.
    await anna.page.getByRole('alert').getByText('Clara raised their hand (number 1 in the queue)').waitFor();
    await tile(anna.page, clara.id).getByRole('img', { name: 'Hand raised, number 1 in the queue' }).waitFor();
    await tile(ben.page, clara.id).getByRole('img', { name: 'Hand raised', exact: true }).waitFor();
    const panel = await openPanel(anna.page, 'Moderation');
    const queue = await openModerationSection(panel, 'raise-hands');
    await queue.getByRole('heading', { name: 'Raised hands' }).waitFor();
    const row = queue.getByRole('listitem').filter({ hasText: 'Clara' });
    await row.waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await row.getByRole('button', { name: 'Lower', exact: true }).click();

    // Clara sees (and hears) it lowered; the hand is gone everywhere.
    await toolbarControl(clara.page, 'Raise hand');
    await clara.page.getByRole('alert').getByText('Anna lowered your hand').waitFor();
    await queue.getByText('No hands are raised.').waitFor();
    for (const viewer of [anna, ben])
      await tile(viewer.page, clara.id).locator('[data-raised-hand]').waitFor({ state: 'detached' });
  });

  it('runsAPollAndShowsEveryoneTheResult', async () => {
    const topic = 'Sitzung am Donnerstag?';
    const moderation = await openPanel(anna.page, 'Moderation');
    const form = (await openModerationSection(moderation, 'polls')).getByRole('form', { name: 'Start a poll' });
    await form.getByLabel('Question').fill(topic);
    await form.getByLabel('Answer 1', { exact: true }).fill('Ja');
    await form.getByLabel('Answer 2', { exact: true }).fill('Nein');
    await form.getByRole('button', { name: 'Add answer' }).click();
    await form.getByLabel('Answer 3', { exact: true }).fill('Enthaltung');
    await form.getByRole('button', { name: 'Start poll' }).click();
    await moderationSection(moderation, 'polls').getByText(`A poll is running: ${topic}`).waitFor();

    const votes: [Person, string][] = [
      [ben, 'Ja'],
      [clara, 'Nein'],
    ];
    for (const [voter, choice] of votes) {
      await voter.page.getByRole('alert').getByText(`Poll started: ${topic}`).waitFor();
      const panel = await openPanel(voter.page, 'Polls');
      const ballot = panel.getByRole('group', { name: topic });
      await ballot.getByRole('radio', { name: choice, exact: true }).check();
      await panel.getByRole('button', { name: 'Vote', exact: true }).click();
      await panel.getByText(`Your vote: ${choice}`).waitFor();
      if (voter === ben) expect(await seriousAccessibilityViolations(voter.page)).toEqual([]);
    }

    const annaPolls = await openPanel(anna.page, 'Polls');
    await annaPolls.getByText('2 of 3 have voted').first().waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await annaPolls.getByRole('button', { name: 'End poll' }).click();

    for (const person of everyone) {
      const panel = await openPanel(person.page, 'Polls');
      const result = panel.getByRole('region', { name: `Result: ${topic}` });
      await result.waitFor();
      const counts = await result
        .getByRole('listitem')
        .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()));
      expect(counts).toEqual(['Ja1 vote (50 %)', 'Nein1 vote (50 %)', 'Enthaltung0 votes (0 %)']);
      await result.getByText('2 of 3 have voted').waitFor();
      // The result says what this person voted (Anna did not vote).
      const mine = votes.find(([voter]) => voter === person)?.[1];
      if (mine) await result.getByText(`Your vote: ${mine}`).waitFor();
      else expect(await result.getByText(/^Your vote/).count()).toBe(0);
      await panel.getByText(/^No poll is running\./).waitFor();
    }
  });

  it('deliversAChatMessageToEveryoneAndShowsMarkupAsText', async () => {
    const chats = new Map<Person, Locator>();
    for (const person of everyone) chats.set(person, await openPanel(person.page, 'Chat'));
    const chatOf = (person: Person) => chats.get(person) as Locator;
    const log = (person: Person) => chatOf(person).getByRole('log', { name: 'Messages to everyone' });

    const send = async (person: Person, text: string) => {
      const input = chatOf(person).getByLabel('Message to everyone', { exact: true });
      await input.fill(text);
      await input.press('Enter');
      await expect.poll(() => input.inputValue()).toBe('');
    };

    const hello = 'Guten Morgen zusammen!';
    await send(anna, hello);
    for (const person of everyone) await log(person).getByText(hello, { exact: true }).waitFor();

    const markup = '<img src=x onerror=alert(1)>';
    await send(ben, markup);
    for (const person of everyone) {
      const line = log(person).getByText(markup, { exact: true });
      await line.waitFor();
      expect(await line.evaluate((element) => element.children.length)).toBe(0);
      expect(await log(person).locator('img').count()).toBe(0);
      expect(await person.page.locator('img[src="x"]').count()).toBe(0);
    }
    // An onerror handler would have run by now (src "x" fails at once); give it one more round trip anyway.
    await send(clara, 'Danke.');
    for (const person of everyone) await log(person).getByText('Danke.', { exact: true }).waitFor();
    for (const person of everyone) expect(person.dialogs).toEqual([]);
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    expect(await seriousAccessibilityViolations(clara.page)).toEqual([]);

    // Writing faster than the chat allows loses nothing: what cannot go yet stays in the input, with a note.
    const input = chatOf(clara).getByLabel('Message to everyone', { exact: true });
    const burst = ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben'];
    let held = '';
    for (const text of burst) {
      await input.fill(text);
      await input.press('Enter');
      held = await input.inputValue();
      if (held !== '') break;
    }
    await chatOf(clara)
      .getByText(/Not sent yet: you are writing faster than the chat allows/)
      .waitFor();
    expect(burst.slice(1)).toContain(held);
    await log(anna)
      .getByText(burst[burst.indexOf(held) - 1] ?? '', { exact: true })
      .waitFor();
    expect(await log(anna).getByText(held, { exact: true }).count()).toBe(0);
    await expect.poll(() => chatOf(clara).locator('.chat-panel__pace').textContent(), { timeout: 5000 }).toBe('');
    await input.press('Enter');
    await log(anna).getByText(held, { exact: true }).waitFor();
  });

  it('movesMediaWithPeopleIntoBreakoutRoomsAndBackTogether', async () => {
    // Anna and Ben in Room 1, Clara alone in Room 2.
    const panel = await openPanel(anna.page, 'Breakout rooms');
    await panel.getByLabel('Number of rooms').fill('2');
    await panel.getByRole('radio', { name: 'Manual' }).check();
    await panel.getByLabel('Room for Anna').selectOption({ label: 'Room 1' });
    await panel.getByLabel('Room for Ben').selectOption({ label: 'Room 1' });
    await panel.getByLabel('Room for Clara').selectOption({ label: 'Room 2' });
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await panel.getByRole('button', { name: 'Open breakout rooms' }).click();

    const where: [Person, string][] = [
      [anna, 'You are in Room 1'],
      [ben, 'You are in Room 1'],
      [clara, 'You are in Room 2'],
    ];
    for (const [person, text] of where)
      await person.page.getByTestId('breakout-status').getByText(text, { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Close all rooms' }).waitFor();
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);

    // Media follows: Room 1 sees and hears itself, Room 2 is on its own.
    await expectReceiving(anna.page, ben.id, 'camera', true);
    await expectReceiving(ben.page, anna.id);
    for (const [viewer, sender] of [
      [anna, clara],
      [ben, clara],
      [clara, anna],
      [clara, ben],
    ] as const)
      await expectNotReceiving(viewer.page, sender);
    await hears(ben.page, anna);

    // The stage shows the own room only (no avatars of the others), and Clara is told she is alone in hers.
    for (const [viewer, other] of [
      [anna, clara],
      [ben, clara],
      [clara, anna],
      [clara, ben],
    ] as const)
      await tile(viewer.page, other.id).waitFor({ state: 'detached' });
    await clara.page.getByText('Nobody else is in this room yet.', { exact: true }).waitFor();
    // Ben's participant list shows his room and how many are elsewhere; Anna, a moderator, sees every room.
    const benList = await openPanel(ben.page, 'Show participants', 'Participants (2)');
    await benList.getByRole('heading', { name: 'Room 1 (2), you are here', exact: true }).waitFor();
    await benList.getByText('1 more person is in another room.', { exact: true }).waitFor();
    const annaList = await openPanel(anna.page, 'Show participants', 'Participants (3)');
    const room2 = annaList.getByRole('region', { name: 'Room 2 (1)', exact: true });
    expect(await room2.locator('[data-member-id]').getAttribute('data-member-id')).toBe(clara.id);
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await openPanel(anna.page, 'Breakout rooms');

    await panel.getByRole('button', { name: 'Close all rooms' }).click();
    await panel.getByRole('button', { name: 'Close now' }).click();
    for (const person of everyone) {
      await announced(person.page, 'Breakout rooms are closed. You are back in the main room.');
      await person.page.getByTestId('breakout-status').waitFor({ state: 'detached' });
    }
    for (const viewer of everyone)
      for (const sender of everyone)
        if (viewer !== sender) await expectReceiving(viewer.page, sender.id, 'camera', sender === ben);
    await hears(clara.page, anna);
    await hears(anna.page, clara);
    // Ben's mute came along: he is still shown muted and silent.
    await clara.page.locator(`li.video-tile[data-participant-id="${ben.id}"][data-muted="true"]`).first().waitFor();
    await hearsNothingFrom(clara.page, ben);
  });

  it('letsAParticipantChangeTheirOwnName', async () => {
    const list = await openPanel(ben.page, 'Show participants', 'Participants (3)');
    await list.getByRole('button', { name: 'Change my name', exact: true }).click();
    const dialog = ben.page.getByRole('dialog', { name: 'Change my name' });
    await dialog.getByLabel('Your name', { exact: true }).fill('Ben Berger');
    expect(await seriousAccessibilityViolations(ben.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save name', exact: true }).click();
    await announced(ben.page, 'Your name is now Ben Berger');
    for (const viewer of [anna, clara])
      await tile(viewer.page, ben.id).getByText('Ben Berger', { exact: true }).waitFor();
  });
});
