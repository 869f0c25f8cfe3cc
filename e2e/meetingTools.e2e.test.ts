import { launchChromium } from '@plenum/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInPage } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import {
  announced,
  joinAsGuest,
  joinFromPrejoin,
  joinSignedIn,
  moderationSection,
  openModerationSection,
  openPanel,
  type Person,
  tile,
  toolbarControl,
  toolbarOffers,
  watchDialogs,
} from './support/meeting.js';
import { probeScript } from './support/probe.js';
import { type RunningServer, startServer } from './support/startServer.js';

/**
 * The meeting tools in the browser: reactions (and moderators switching them off), a coffee-break timer with a ready
 * check, and a speaker list with the talking stick. Anna (the owner) moderates; Ben (signed in) and Clara (a guest)
 * take part.
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

/** The reaction shown on a participant's tile (decorative, hidden from screen readers: found by its data). */
const reactionOn = (page: Page, participantId: string, reaction: string) =>
  tile(page, participantId).locator(`.reaction-badge[data-reaction="${reaction}"]`);

describe('meeting tools: reactions, a timer and the speaker list', () => {
  let anna: Person;
  let ben: Person;
  let clara: Person;
  let everyone: Person[];

  it('bringsTheOwnerASignedInColleagueAndAGuestIntoOneMeeting', async () => {
    const title = 'Bauausschuss';
    const { page } = await signedInContext(browser, server.url, devAccounts.anna, { initScript: probeScript });
    await page.getByRole('heading', { name: 'Create a room' }).waitFor();
    await page.getByLabel('Room title').fill(title);
    await page.getByRole('button', { name: 'Create room' }).click();
    const room = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: title }) });
    await room.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    const roomUrl = page.url();
    const roomPath = new URL(roomUrl).pathname.replace(/^\/r\//, '/v1/rooms/');
    expect((await apiInPage(page, 'PATCH', roomPath, { guestAccess: 'direct' })).status).toBe(200);
    const link = await apiInPage<{ url: string }>(page, 'POST', `${roomPath}/guest-links`, { label: 'Clara' });
    expect(link.status).toBe(201);

    anna = await joinFromPrejoin(page, 'Anna', watchDialogs(page));
    ben = await joinSignedIn(browser, server.url, roomUrl, 'Ben', devAccounts.ben);
    clara = await joinAsGuest(browser, link.body.url, 'Clara');
    everyone = [anna, ben, clara];
    for (const viewer of everyone) for (const person of everyone) await tile(viewer.page, person.id).waitFor();
  });

  it('showsAReactionOnTheSendersTileForAMomentAndHonoursTheModeratorSwitchingReactionsOff', async () => {
    // Ben opens the picker and sends "Thumbs up"; the picker closes after the pick.
    const reactions = await toolbarControl(ben.page, 'Reactions');
    await reactions.click();
    const picker = ben.page.getByRole('group', { name: 'Send a reaction' });
    await picker.waitFor();
    expect(await seriousAccessibilityViolations(ben.page)).toEqual([]);
    await picker.getByRole('button', { name: 'Thumbs up', exact: true }).click();
    await picker.waitFor({ state: 'hidden' });

    // Everyone (Ben too) sees it on Ben's tile; the others hear it; then it is gone by itself.
    for (const viewer of everyone) await reactionOn(viewer.page, ben.id, 'thumbsUp').waitFor();
    for (const viewer of [anna, clara]) await announced(viewer.page, 'Ben: thumbs up');
    for (const viewer of everyone)
      await reactionOn(viewer.page, ben.id, 'thumbsUp').waitFor({ state: 'detached', timeout: 15_000 });

    // Anna switches reactions off for participants.
    for (const person of [ben, clara]) expect(await toolbarOffers(person.page, 'Reactions')).toBe(true);
    const moderation = await openPanel(anna.page, 'Moderation');
    const rules = await openModerationSection(moderation, 'moderation', 'rules');
    const available = rules.getByRole('group', {
      name: 'Available to participants',
    });
    const reactionsAllowed = available.getByRole('checkbox', { name: 'Reactions', exact: true });
    expect(await reactionsAllowed.isChecked()).toBe(true);
    // A controlled checkbox that follows the server's answer: click, then wait for the new state.
    await reactionsAllowed.click();
    await expect.poll(() => reactionsAllowed.isChecked()).toBe(false);
    // Participants see why their "Reactions" button went (a notice that goes by itself); Anna hears it.
    for (const person of [ben, clara]) {
      await person.page
        .getByRole('alert')
        .getByText('A moderator has switched reactions off. Only moderators can react now.')
        .waitFor();
      expect(await toolbarOffers(person.page, 'Reactions')).toBe(false);
    }
    await announced(anna.page, 'A moderator has switched reactions off. Only moderators can react now.');
    // Moderators keep theirs: Anna's applause still reaches Ben.
    await (await toolbarControl(anna.page, 'Reactions')).click();
    await anna.page
      .getByRole('group', { name: 'Send a reaction' })
      .getByRole('button', { name: 'Applause', exact: true })
      .click();
    await reactionOn(ben.page, anna.id, 'clap').waitFor();

    // Switched on again, Clara can react.
    await reactionsAllowed.click();
    await expect.poll(() => reactionsAllowed.isChecked()).toBe(true);
    await clara.page
      .getByRole('alert')
      .getByText('A moderator has switched reactions on again. You can react.')
      .waitFor();
    await (await toolbarControl(clara.page, 'Reactions')).click();
    await clara.page
      .getByRole('group', { name: 'Send a reaction' })
      .getByRole('button', { name: 'Heart', exact: true })
      .click();
    for (const viewer of everyone) await reactionOn(viewer.page, clara.id, 'heart').waitFor();
  });

  it('coversTheStageWithACoffeeBreakAndCountsWhoIsReady', async () => {
    const title = 'Kaffeepause';
    const moderation = await openPanel(anna.page, 'Moderation');
    const timerSection = await openModerationSection(moderation, 'timer');
    const form = timerSection.getByRole('form', { name: 'Start a timer' });
    await form.getByRole('radio', { name: 'Countdown', exact: true }).check();
    await form.getByLabel('Title (optional)').fill(title);
    await form.getByLabel('Minutes', { exact: true }).fill('5');
    await form.getByRole('checkbox', { name: 'Ask everyone to say when they are ready' }).check();
    await form.getByRole('checkbox', { name: /^Coffee break/ }).check();
    await form.getByRole('button', { name: 'Start timer' }).click();
    await timerSection.getByText(`A timer is running: ${title}`).waitFor();

    // Everyone sees the coffee break with the time left (a countdown from 5:00) and is asked to say when ready (a
    // notice that goes by itself: everyone at a screen is asked, Anna too).
    const overlay = (person: Person) => person.page.getByRole('region', { name: title, exact: true });
    for (const person of everyone) {
      await person.page
        .getByRole('alert')
        .getByText(`Timer started for 5 minutes: ${title}. Please say when you are ready.`)
        .waitFor();
      const clock = overlay(person).getByRole('timer', { name: 'Time left' });
      await clock.waitFor();
      await expect.poll(() => clock.textContent()).toMatch(/^[45]:\d\d$/);
    }
    expect(await seriousAccessibilityViolations(clara.page)).toEqual([]);

    // Ben and Clara say they are ready (in the overlay: the timer panel has a "Ready" button too).
    for (const person of [ben, clara]) {
      const ready = overlay(person).getByRole('button', { name: 'Ready', exact: true });
      await ready.click();
      await expect.poll(() => ready.getAttribute('aria-pressed')).toBe('true');
      await announced(person.page, 'You are marked as ready.');
    }
    // Anna is asked too (everyone at a screen is): 2 of 3, and her timer panel says who.
    await overlay(anna).getByText('2 of 3 ready', { exact: true }).waitFor();
    const timerPanel = await openPanel(anna.page, 'Timer');
    const people = (heading: string) =>
      timerPanel.getByRole('list', { name: heading, exact: true }).getByRole('listitem');
    await expect.poll(() => people('Ready').allTextContents()).toEqual(['Ben', 'Clara']);
    await expect.poll(() => people('Not ready yet').allTextContents()).toEqual(['Anna']);
    expect(await seriousAccessibilityViolations(anna.page)).toEqual([]);
    await overlay(anna).getByRole('button', { name: 'Ready', exact: true }).click();
    await announced(anna.page, 'Everyone is ready (3).');
    for (const person of everyone) await overlay(person).getByText('3 of 3 ready', { exact: true }).waitFor();

    // Anna stops it: the coffee break is over for everyone.
    const moderationAgain = await openPanel(anna.page, 'Moderation');
    // The panel opened anew as Anna left it: the timer's section is still open.
    const timerAgain = moderationSection(moderationAgain, 'timer');
    const timerToggle = timerAgain.getByRole('heading').first().getByRole('button');
    expect(await timerToggle.getAttribute('aria-expanded')).toBe('true');
    await timerAgain.getByRole('button', { name: 'Stop timer' }).click();
    // Ben and Clara see it in a notice that goes by itself; Anna, who stopped it, hears it.
    await announced(anna.page, `Timer stopped: ${title}`);
    for (const person of [ben, clara])
      await person.page.getByRole('alert').getByText(`Timer stopped: ${title}`).waitFor();
    for (const person of everyone) await overlay(person).waitFor({ state: 'detached' });
    await timerAgain.getByRole('form', { name: 'Start a timer' }).waitFor();
  });

  it('passesTheTalkingStickAlongAFixedSpeakerList', async () => {
    const moderation = await openPanel(anna.page, 'Moderation');
    const stick = await openModerationSection(moderation, 'talking-stick');
    await stick.getByRole('radio', { name: 'Fixed order' }).check();
    const who = stick.getByRole('group', { name: 'Who speaks' });
    await who.getByRole('checkbox', { name: 'Anna', exact: true }).uncheck();
    expect(await who.getByRole('checkbox', { name: 'Ben', exact: true }).isChecked()).toBe(true);
    expect(await who.getByRole('checkbox', { name: 'Clara', exact: true }).isChecked()).toBe(true);
    await stick.getByRole('button', { name: 'Start speaker list' }).click();
    await stick.getByText('Speaking now: Ben').waitFor();

    // Ben is told it is his turn (a notice that goes by itself, or when his turn is over), Clara that she is next;
    // everyone sees the stick on Ben's tile and the mark on Clara's.
    await ben.page.getByRole('alert').getByText('It is your turn to speak.').waitFor();
    await announced(clara.page, 'You are next on the speaker list.');
    await announced(anna.page, 'Speaker list started. Ben is speaking.');
    for (const viewer of everyone) {
      await tile(viewer.page, ben.id).getByRole('img', { name: 'Speaking (speaker list)' }).waitFor();
      await tile(viewer.page, clara.id).getByRole('img', { name: 'Next on the speaker list' }).waitFor();
    }

    // Ben's panel shows him speaking, Clara next, and the stick to pass.
    const benPanel = await openPanel(ben.page, 'Speaker list');
    const now = benPanel.getByRole('region', { name: 'Speaking now' });
    await now.getByText('Ben (you)', { exact: true }).waitFor();
    const order = benPanel.getByRole('list').filter({ has: ben.page.locator('[data-speaker-id]') });
    await expect
      .poll(() =>
        order
          .getByRole('listitem')
          .evaluateAll((rows) => rows.map((r) => `${r.textContent}|${r.getAttribute('aria-current') ?? ''}`)),
      )
      .toEqual(['Ben (you)speaking|true', 'Claranext|']);
    expect(await seriousAccessibilityViolations(ben.page)).toEqual([]);
    await now.getByRole('button', { name: 'Pass the stick' }).click();

    // Clara speaks now: she is told, the others hear it, the stick moves to her tile; Ben's turn notice is gone.
    await clara.page.getByRole('alert').getByText('It is your turn to speak.').waitFor();
    for (const person of [anna, ben]) await announced(person.page, 'Clara is speaking now.');
    await ben.page.getByRole('alert').filter({ hasText: 'It is your turn to speak.' }).waitFor({ state: 'detached' });
    for (const viewer of everyone) {
      await tile(viewer.page, clara.id).getByRole('img', { name: 'Speaking (speaker list)' }).waitFor();
      await tile(viewer.page, ben.id).locator('[data-talking-stick]').waitFor({ state: 'detached' });
    }
    await now.getByText('Clara', { exact: true }).waitFor();
    await benPanel.getByRole('heading', { name: 'Already spoke' }).waitFor();
    const claraPanel = await openPanel(clara.page, 'Speaker list');
    await claraPanel.getByRole('region', { name: 'Speaking now' }).getByText('Clara (you)', { exact: true }).waitFor();
    await claraPanel.getByRole('button', { name: 'Pass the stick' }).waitFor();
    expect(await seriousAccessibilityViolations(clara.page)).toEqual([]);

    // Anna stops the list.
    await stick.getByRole('button', { name: 'Stop speaker list' }).click();
    for (const person of everyone) {
      await announced(person.page, 'The speaker list was stopped.');
      for (const shown of everyone)
        await tile(person.page, shown.id).locator('[data-talking-stick]').waitFor({ state: 'detached' });
    }
    await benPanel.getByText('No speaker list is running.').waitFor();
    await stick.getByRole('button', { name: 'Start speaker list' }).waitFor();
  });
});
