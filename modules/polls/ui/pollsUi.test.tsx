import { clockFrom, deviceClock, type Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PollsState } from '../client/pollsReducer.js';
import type { PollInfo, PollResult } from '../protocol.js';
import { pollsMessages } from './pollsMessages.js';
import { pollsUi } from './pollsUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const poll: PollInfo = {
  id: 'poll-1',
  topic: '<img src=x onerror=alert(1)>',
  choices: ['Pizza', 'Salad'],
  multiple: false,
  results: 'hidden',
  changeable: false,
  startedBy: 'alice-participant-0001' as ParticipantId,
  startedAt: 1,
  endsAt: null,
};

/** Sam and two others: three can vote. */
const roster = [
  participantInfo(SAM, 'Sam'),
  participantInfo('bob-participant-000002', 'Bob'),
  participantInfo('cy-participant-0000003', 'Cy'),
];

const props = (state: PollsState, self: Self) => slotProps(state, self, pollsMessages.en, { participants: roster });

const render = (node: ReactNode) => renderToStaticMarkup(<div>{node}</div>);

/** The ballot's form in `html`. */
const ballotOf = (html: string) => {
  const form = /<form class="ballot">.*?<\/form>/.exec(html)?.[0];
  expect(form).toContain('<fieldset');
  return form ?? '';
};

const panel = (state: PollsState, self: Self) =>
  render(pollsUi.panel?.({ ...props(state, self).props, headingId: 'h', onClose: () => undefined }));

describe('pollsUi', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('theToolbarButtonShowsAPollWaitingForMyVote', () => {
    const running = { poll, voters: 0, counts: null, myChoices: null };
    expect(pollsUi.toolbar?.(props({ running, last: null, clock: deviceClock }, participant).props)).toMatchObject({
      label: 'Polls',
      badge: 1,
    });
    const voted = { ...running, myChoices: [0] };
    expect(
      pollsUi.toolbar?.(props({ running: voted, last: null, clock: deviceClock }, participant).props),
    ).toMatchObject({ badge: 0 });
  });

  it('theBallotIsARadioGroupWithTheQuestionAsLegendAndTextStaysText', () => {
    const html = panel(
      { running: { poll, voters: 2, counts: null, myChoices: null }, last: null, clock: deviceClock },
      participant,
    );
    expect(html).toContain('<h2 id="h" tabindex="-1">Polls</h2>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;</legend>');
    expect(html).not.toContain('<img');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/>Vote<\/button>/);
    expect(html).toContain('2 of 3 have voted. The results are shown when the poll ends.');
    expect(html).not.toContain('End poll');
  });

  it('aPollWithFinalVotesSaysSoBeforeTheVoteAndTheVoteButtonPointsToIt', () => {
    const html = panel(
      { running: { poll, voters: 0, counts: null, myChoices: null }, last: null, clock: deviceClock },
      participant,
    );
    const note =
      /<p id="([^"]+)" class="ballot__note">Votes cannot be changed in this poll: check your answer before you vote.<\/p>/.exec(
        html,
      );
    expect(note).not.toBeNull();
    expect(html).toContain(`aria-describedby="${note?.[1]}">Vote</button>`);
    const changeable = { ...poll, changeable: true };
    const open = panel(
      { running: { poll: changeable, voters: 0, counts: null, myChoices: null }, last: null, clock: deviceClock },
      participant,
    );
    expect(open).not.toContain('Votes cannot be changed');
  });

  it('theCountedVoteCanTakeFocusWhenTheButtonThatSentItIsGone', () => {
    for (const changeable of [false, true]) {
      const running = { poll: { ...poll, changeable }, voters: 1, counts: null, myChoices: [1] };
      const html = panel({ running, last: null, clock: deviceClock }, participant);
      expect(html).toMatch(/<p id="[^"]+" tabindex="-1" class="ballot__mine">Your vote: Salad<\/p>/);
    }
  });

  it('aPollThatEndsByItselfSaysWhenAndHowLongIsLeftAsOfItsStart', () => {
    vi.useFakeTimers();
    // The poll started at the server's 12:00 for 5 minutes; this device's clock is 3 minutes ahead.
    const startedAt = Date.UTC(2026, 10, 26, 12, 0, 0);
    const deviceAtStart = startedAt + 180_000;
    const timed = { ...poll, startedAt, endsAt: startedAt + 300_000 };
    const clock = clockFrom(startedAt, { receivedAt: deviceAtStart });
    // The panel is opened 48 s after the start.
    vi.setSystemTime(deviceAtStart + 48_000);
    const html = panel(
      { running: { poll: timed, voters: 0, counts: null, myChoices: null }, last: null, clock },
      participant,
    );
    const deviceEnd = new Date(deviceAtStart + 300_000).toLocaleTimeString('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(html).toContain(`Ends at ${deviceEnd} (4:12 left)`);
  });

  it('afterVotingTheVoteIsShownAndAFinalVoteLocksTheBallot', () => {
    const html = panel(
      { running: { poll, voters: 1, counts: null, myChoices: [1] }, last: null, clock: deviceClock },
      participant,
    );
    expect(html).toContain('>Your vote: Salad</p>');
    expect(html).toContain('>Your vote is final: votes cannot be changed in this poll.</p>');
    expect(html).toMatch(/<fieldset[^>]*disabled/);
    // The group shows the cast vote, checked.
    expect(html).toMatch(/<input[^>]*checked=""[^>]*\/><label[^>]*>Salad<\/label>/);
    expect(ballotOf(html)).not.toContain('</button>');
  });

  it('aChangeableVoteIsMarkedInTheBallotAndSaysHowToChangeIt', () => {
    const changeable = { ...poll, changeable: true };
    const html = panel(
      { running: { poll: changeable, voters: 1, counts: null, myChoices: [1] }, last: null, clock: deviceClock },
      participant,
    );
    expect(html).toContain('>Your vote: Salad</p>');
    expect(html).toContain('Salad<span class="ballot__counted"> (your vote)</span></label>');
    expect(html).not.toMatch(/Pizza<span/);
    expect(html).not.toMatch(/<fieldset[^>]*disabled/);
    // The chosen answer is the counted one: nothing to change yet, and no button that would count it again.
    expect(html).toContain('To change your vote, choose another answer.');
    expect(ballotOf(html)).not.toContain('</button>');
  });

  it('moderatorsSeeHiddenCountsAsBarsAndCanEnd', () => {
    const html = panel(
      { running: { poll, voters: 3, counts: [2, 1], myChoices: null }, last: null, clock: deviceClock },
      moderator,
    );
    expect(html).toContain('Current results');
    expect(html.match(/<meter/g)).toHaveLength(2);
    expect(html).toContain('2 votes (67 %)');
    expect(html).toContain('Only moderators see these results until the poll ends.');
    expect(html).toContain('>End poll</button>');
  });

  it('showsTheLastResultToEveryone', () => {
    const result: PollResult = { poll, counts: [0, 1], voters: 1, reason: 'closed', endedBy: null, endedAt: 2 };
    const html = panel({ running: null, last: { result, mine: [1], eligible: 3 }, clock: deviceClock }, participant);
    expect(html).toContain('No poll is running.');
    expect(html).toContain('Result: &lt;img');
    expect(html).toContain('1 vote (100 %)');
    // How many of how many voted, and what this client voted.
    expect(html).toContain('<p class="poll-results__voters">1 of 3 has voted</p>');
    expect(html).toContain('<p class="poll-results__mine">Your vote: Salad</p>');
    // Someone who joined after the end knows neither.
    const joinedLater = panel(
      { running: null, last: { result, mine: null, eligible: null }, clock: deviceClock },
      participant,
    );
    expect(joinedLater).toContain('<p class="poll-results__voters">1 person has voted</p>');
    expect(joinedLater).not.toContain('Your vote');
  });

  it('moderatorsStartPollsInTheModerationPanel', () => {
    const { props: p } = props({ running: null, last: null, clock: deviceClock }, moderator);
    const section = pollsUi.moderation?.(p);
    expect(section?.heading).toBe('Polls');
    const html = render(section?.content);
    expect(html).toContain('aria-label="Start a poll"');
    expect(html).toContain('<legend>Answers</legend>');
    expect(html).toContain('>Start poll</button>');
    expect(
      pollsUi.moderation?.(props({ running: null, last: null, clock: deviceClock }, participant).props),
    ).toBeNull();
    const running = pollsUi.moderation?.(
      props(
        { running: { poll, voters: 0, counts: [0, 0], myChoices: null }, last: null, clock: deviceClock },
        moderator,
      ).props,
    );
    expect(render(running?.content)).toContain('>End poll</button>');
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(pollsMessages)).toEqual([]);
    expect(pollsMessages.de.announce.pollStarted({ topic: 'Mittag?' })).toBe('Umfrage gestartet: Mittag?');
    expect(pollsMessages.en.panel.changeVoteTo('No')).toBe('Change my vote to No');
    expect(pollsMessages.de.panel.changeVoteTo('Nein')).toBe('Meine Stimme ändern auf: Nein');
    expect(pollsMessages.de.panel.votersOf(2, 3)).toBe('2 von 3 haben abgestimmt');
    expect(pollsMessages.de.panel.endsAt('13:35', '4:12')).toBe('Endet um 13:35 Uhr (noch 4:12)');
  });
});
