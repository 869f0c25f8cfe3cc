import type { ConcludedVote } from '@plenum/room-kit/facts';
import { describe, expect, it } from 'vitest';
import { hasVoteResult, rollCallLines, unbackedOutcome, voteResultText, voteShortResult } from './voteResultText.js';

const vote = (change: Partial<ConcludedVote> = {}): ConcludedVote => ({
  voteId: 'vote-0001',
  title: 'Haushalt',
  endedAt: 0,
  reason: 'stopped',
  counts: { yes: 7, no: 2, abstain: 1 },
  eligible: 12,
  cast: 10,
  ...change,
});

describe('voteResultText', () => {
  it('namesEveryCountAndTheTurnoutInTheReportLanguage', () => {
    expect(voteResultText(vote(), 'de')).toBe(
      'Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12 Stimmberechtigten haben abgestimmt',
    );
    expect(voteResultText(vote(), 'en')).toBe('Yes 7 · No 2 · Abstain 1 — 10 of 12 eligible voted');
  });

  it('saysInTheSingularWhenOnePersonVoted', () => {
    const one = vote({ counts: { yes: 1, no: 0, abstain: 0 }, eligible: 3, cast: 1 });
    expect(voteResultText(one, 'de')).toBe('Ja 1 · Nein 0 · Enthaltung 0 — 1 von 3 Stimmberechtigten hat abgestimmt');
    expect(voteResultText(one, 'en')).toBe('Yes 1 · No 0 · Abstain 0 — 1 of 3 eligible voted');
    expect(voteResultText(vote({ cast: 0, counts: { yes: 0, no: 0, abstain: 0 } }), 'de')).toMatch(
      /0 von 12 Stimmberechtigten haben abgestimmt$/,
    );
  });

  it('leavesOutAbstainWhenItWasNotOffered', () => {
    expect(voteResultText(vote({ counts: { yes: 3, no: 0, abstain: null }, cast: 3 }), 'en')).toBe(
      'Yes 3 · No 0 — 3 of 12 eligible voted',
    );
  });

  it('claimsNoResultForAVoteThatWasCancelledOrInterrupted', () => {
    expect(voteResultText(vote({ reason: 'cancelled' }), 'de')).toBe(
      'Kein Ergebnis: Die Abstimmung wurde abgebrochen.',
    );
    expect(voteResultText(vote({ reason: 'roomClosed' }), 'en')).toBe(
      'No result: the vote was cancelled (room closed).',
    );
    expect(voteResultText(vote({ reason: 'interrupted' }), 'en')).toBe('No result: the vote was interrupted.');
    expect(voteResultText(vote({ reason: 'deadline' }), 'en')).toBe(
      'Yes 7 · No 2 · Abstain 1 — 10 of 12 eligible voted',
    );
  });

  it('tellsWhetherAVoteHasAResult', () => {
    for (const reason of ['stopped', 'deadline', 'allVoted'] as const)
      expect(hasVoteResult(vote({ reason }))).toBe(true);
    for (const reason of ['cancelled', 'roomClosed', 'interrupted'] as const)
      expect(hasVoteResult(vote({ reason }))).toBe(false);
  });
});

const roll: ConcludedVote['roll'] = {
  ballots: [
    { name: 'Ben Berger', choice: 'yes' },
    { name: 'Carla Cordes', choice: 'no' },
    { name: 'Anna Amtsrat', choice: 'yes' },
  ],
  notVoted: ['Dora Dietz'],
};

describe('rollCallLines', () => {
  it('listsWhoVotedHowByChoiceSortedAndWhoDidNotVote', () => {
    expect(rollCallLines(vote({ roll }), 'de')).toEqual([
      'Ja: Anna Amtsrat, Ben Berger',
      'Nein: Carla Cordes',
      'Enthaltung: —',
      'Nicht abgestimmt: Dora Dietz',
    ]);
    expect(rollCallLines(vote({ roll, counts: { yes: 2, no: 1, abstain: null } }), 'en')).toEqual([
      'Yes: Anna Amtsrat, Ben Berger',
      'No: Carla Cordes',
      'Did not vote: Dora Dietz',
    ]);
  });

  it('leavesOutWhoDidNotVoteWhenEveryoneDidOrItIsNotKnown', () => {
    expect(rollCallLines(vote({ roll: { ...roll, notVoted: [] } }), 'de')).toHaveLength(3);
    expect(rollCallLines(vote({ roll: { ...roll, notVoted: null } }), 'de')).toHaveLength(3);
  });

  it('listsNoNamesForAVoteWithoutResultOrWithoutNames', () => {
    expect(rollCallLines(vote({ roll, reason: 'cancelled' }), 'de')).toBeNull();
    expect(rollCallLines(vote({ roll, reason: 'interrupted' }), 'de')).toBeNull();
    expect(rollCallLines(vote(), 'de')).toBeNull();
  });
});

describe('voteShortResult', () => {
  it('givesTheCountsYesNoAbstainOrHowAVoteEndedWithoutAResult', () => {
    expect(voteShortResult(vote(), 'de')).toBe('7:2:1');
    expect(voteShortResult(vote({ counts: { yes: 1, no: 0, abstain: null } }), 'en')).toBe('1:0');
    expect(voteShortResult(vote({ reason: 'cancelled' }), 'en')).toBe('cancelled');
    expect(voteShortResult(vote({ reason: 'roomClosed' }), 'de')).toBe('abgebrochen');
    expect(voteShortResult(vote({ reason: 'interrupted' }), 'en')).toBe('interrupted, no result');
  });
});

describe('unbackedOutcome', () => {
  const tie = vote({ counts: { yes: 1, no: 1, abstain: 0 } });
  it('namesAnOutcomeTheLinkedVotesResultDoesNotBack', () => {
    expect(unbackedOutcome(vote({ reason: 'cancelled' }), 'adopted')).toBe('noResult');
    expect(unbackedOutcome(vote({ reason: 'interrupted' }), 'rejected')).toBe('noResult');
    expect(unbackedOutcome(tie, 'adopted')).toBe('adoptedWithoutMajority');
    expect(unbackedOutcome(vote(), 'rejected')).toBe('rejectedWithMajority');
  });

  it('saysNothingWhenTheOutcomeIsBackedOrNotRecorded', () => {
    expect(unbackedOutcome(vote(), 'adopted')).toBeNull();
    expect(unbackedOutcome(tie, 'rejected')).toBeNull();
    expect(unbackedOutcome(vote({ reason: 'cancelled' }), null)).toBeNull();
  });
});
