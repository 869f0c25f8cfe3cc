import type { ConcludedVote } from '@plenum/room-kit/facts';
import { describe, expect, it } from 'vitest';
import { voteResultText } from './voteResultText.js';

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

  it('leavesOutAbstainWhenItWasNotOffered', () => {
    expect(voteResultText(vote({ counts: { yes: 3, no: 0, abstain: null }, cast: 3 }), 'en')).toBe(
      'Yes 3 · No 0 — 3 of 12 eligible voted',
    );
  });

  it('saysWhenTheVoteDidNotEndRegularly', () => {
    expect(voteResultText(vote({ reason: 'cancelled' }), 'de')).toMatch(/\(abgebrochen\)$/);
    expect(voteResultText(vote({ reason: 'interrupted' }), 'en')).toMatch(/\(interrupted\)$/);
    expect(voteResultText(vote({ reason: 'deadline' }), 'en')).not.toMatch(/\(/);
  });
});
