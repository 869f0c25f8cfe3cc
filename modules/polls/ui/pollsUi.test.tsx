import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PollsState } from '../client/pollsReducer.js';
import type { PollInfo } from '../protocol.js';
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

const props = (state: PollsState, self: Self) => slotProps(state, self, pollsMessages.en);

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
  it('theToolbarButtonShowsAPollWaitingForMyVote', () => {
    const running = { poll, voters: 0, counts: null, myChoices: null };
    expect(pollsUi.toolbar?.(props({ running, last: null }, participant).props)).toMatchObject({
      label: 'Polls',
      badge: 1,
    });
    const voted = { ...running, myChoices: [0] };
    expect(pollsUi.toolbar?.(props({ running: voted, last: null }, participant).props)).toMatchObject({ badge: 0 });
  });

  it('theBallotIsARadioGroupWithTheQuestionAsLegendAndTextStaysText', () => {
    const html = panel({ running: { poll, voters: 2, counts: null, myChoices: null }, last: null }, participant);
    expect(html).toContain('<h2 id="h" tabindex="-1">Polls</h2>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;</legend>');
    expect(html).not.toContain('<img');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toContain('>Vote</button>');
    expect(html).toContain('2 people have voted. The results are shown when the poll ends.');
    expect(html).not.toContain('End poll');
  });

  it('afterVotingTheVoteIsShownAndAFinalVoteLocksTheBallot', () => {
    const html = panel({ running: { poll, voters: 1, counts: null, myChoices: [1] }, last: null }, participant);
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
      { running: { poll: changeable, voters: 1, counts: null, myChoices: [1] }, last: null },
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
    const html = panel({ running: { poll, voters: 3, counts: [2, 1], myChoices: null }, last: null }, moderator);
    expect(html).toContain('Current results');
    expect(html.match(/<meter/g)).toHaveLength(2);
    expect(html).toContain('2 votes (67 %)');
    expect(html).toContain('Only moderators see these results until the poll ends.');
    expect(html).toContain('>End poll</button>');
  });

  it('showsTheLastResultToEveryone', () => {
    const last = { poll, counts: [0, 1], voters: 1, reason: 'closed', endedBy: null, endedAt: 2 } as const;
    const html = panel({ running: null, last }, participant);
    expect(html).toContain('No poll is running.');
    expect(html).toContain('Result: &lt;img');
    expect(html).toContain('1 vote (100 %)');
  });

  it('moderatorsStartPollsInTheModerationPanel', () => {
    const { props: p } = props({ running: null, last: null }, moderator);
    const section = pollsUi.moderation?.(p);
    expect(section?.heading).toBe('Polls');
    const html = render(section?.content);
    expect(html).toContain('aria-label="Start a poll"');
    expect(html).toContain('<legend>Answers</legend>');
    expect(html).toContain('>Start poll</button>');
    expect(pollsUi.moderation?.(props({ running: null, last: null }, participant).props)).toBeNull();
    const running = pollsUi.moderation?.(
      props({ running: { poll, voters: 0, counts: [0, 0], myChoices: null }, last: null }, moderator).props,
    );
    expect(render(running?.content)).toContain('>End poll</button>');
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(pollsMessages)).toEqual([]);
    expect(pollsMessages.de.announce.pollStarted({ topic: 'Mittag?' })).toBe('Umfrage gestartet: Mittag?');
    expect(pollsMessages.en.panel.changeVoteTo('No')).toBe('Change my vote to No');
    expect(pollsMessages.de.panel.changeVoteTo('Nein')).toBe('Meine Stimme ändern auf: Nein');
  });
});
