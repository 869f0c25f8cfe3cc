import { describe, expect, it } from 'vitest';
import { ballotStatus } from './ballotStatus.js';

const poll = { choices: ['Yes', 'No', 'Abstain'], changeable: true };

describe('ballotStatus', () => {
  it('beforeVotingAnAnswerMustBeChosen', () => {
    expect(ballotStatus(poll, null, [])).toEqual({ kind: 'notVoted', canVote: false });
    expect(ballotStatus(poll, null, [1])).toEqual({ kind: 'notVoted', canVote: true });
  });

  it('aVoteInAPollWithoutChangesIsFinal', () => {
    expect(ballotStatus({ ...poll, changeable: false }, [0], [1])).toEqual({ kind: 'final', cast: ['Yes'] });
  });

  it('aChangeableVoteOffersTheChosenAnswersOnlyWhenTheyDifferFromTheCountedOnes', () => {
    expect(ballotStatus(poll, [0], [0])).toEqual({ kind: 'changeable', cast: ['Yes'], changeTo: null });
    expect(ballotStatus(poll, [0], [1])).toEqual({ kind: 'changeable', cast: ['Yes'], changeTo: ['No'] });
    expect(ballotStatus(poll, [0], [])).toEqual({ kind: 'changeable', cast: ['Yes'], changeTo: null });
  });

  it('comparesSeveralAnswersAsASetInTheOrderOfThePoll', () => {
    expect(ballotStatus(poll, [2, 0], [0, 2])).toEqual({
      kind: 'changeable',
      cast: ['Yes', 'Abstain'],
      changeTo: null,
    });
    expect(ballotStatus(poll, [0], [2, 0])).toEqual({
      kind: 'changeable',
      cast: ['Yes'],
      changeTo: ['Yes', 'Abstain'],
    });
  });
});
