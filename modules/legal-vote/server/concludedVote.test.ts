import { coreModule } from '@plenum/module-core/server';
import { defineProtocol } from '@plenum/protocol';
import { type ConcludedVote, defineModule, installationSigner, type RoomFact } from '@plenum/room-kit';
import { personas, TestRoom, testInstallationKey } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { VoteResult } from '../protocol.js';
import { concludedVote } from './concludedVote.js';
import { legalVoteModule } from './LegalVoteModule.js';
import { cast, joinRegistered, startVote } from './legalVoteTestRoom.test-support.js';

const result = (change: Partial<VoteResult> = {}): VoteResult => ({
  voteId: 'vote-0001',
  title: 'Haushalt 2027',
  kind: 'rollCall',
  options: { abstain: true },
  reason: 'stopped',
  endedBy: null,
  cancelReason: null,
  endedAt: 1,
  tally: { yes: 1, no: 1, abstain: 0, ballots: 2, eligible: 3 },
  ballots: [
    { name: 'Ben Berger', choice: 'no' },
    { name: 'Anna Amtsrat', choice: 'yes' },
  ],
  record: null,
  ...change,
});

/** A module that keeps the facts the room tells it. */
function factListener(heard: ConcludedVote[]) {
  const protocol = defineProtocol({ ns: 'listener', commands: {}, events: {}, errors: {}, joinState: z.object({}) });
  return defineModule<typeof protocol>({
    protocol,
    init: () => ({ onRoomFact: (fact: RoomFact) => void heard.push(fact.vote) }),
  });
}

describe('concluded vote', () => {
  it('aRollCallCarriesItsBallotsByNameAndWhoOfTheEligibleDidNotVote', () => {
    const vote = concludedVote(result(), ['Anna Amtsrat', 'Ben Berger', 'Cem Cakir']);
    expect(vote.roll).toEqual({
      ballots: [
        { name: 'Ben Berger', choice: 'no' },
        { name: 'Anna Amtsrat', choice: 'yes' },
      ],
      notVoted: ['Cem Cakir'],
    });
    expect(vote.counts).toEqual({ yes: 1, no: 1, abstain: 0 });
  });

  it('aBallotTakesOnlyOneEligibleOfItsNameAway', () => {
    const vote = concludedVote(result(), ['Anna Amtsrat', 'Ben Berger', 'Anna Amtsrat']);
    expect(vote.roll?.notVoted).toEqual(['Anna Amtsrat']);
  });

  it('whoDidNotVoteIsUnknownWithoutTheEligible', () => {
    expect(concludedVote(result({ kind: 'liveRollCall' }), null).roll?.notVoted).toBeNull();
  });

  it('aPseudonymousVoteCarriesNoNamesAtAll', () => {
    const vote = concludedVote(
      result({ kind: 'pseudonymous', ballots: [{ token: 'tok-aaaaaaaaaaaaaaaa', choice: 'yes' }] }),
      ['Anna Amtsrat', 'Ben Berger'],
    );
    expect(vote).not.toHaveProperty('roll');
    expect(JSON.stringify(vote)).not.toContain('Anna');
  });

  it('theRoomLearnsARollCallsBallotsByNameAtItsEnd', async () => {
    const heard: ConcludedVote[] = [];
    const room = new TestRoom({
      modules: [coreModule, legalVoteModule, factListener(heard)],
      signer: installationSigner(testInstallationKey()),
    });
    const alice = await joinRegistered(room, 'alice');
    const bob = await joinRegistered(room, 'bob');
    const carol = await joinRegistered(room, 'carol');
    const voteId = await startVote(alice, [alice, bob, carol]);
    await cast(bob, voteId, 'no');
    await cast(alice, voteId, 'yes');
    await alice.act('legal-vote', 'stop', { voteId });
    await room.settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.roll).toEqual({
      ballots: [
        { name: personas.bob.displayName, choice: 'no' },
        { name: personas.alice.displayName, choice: 'yes' },
      ],
      notVoted: [personas.carol.displayName],
    });
  });

  it('theRoomLearnsNoNamesOfAPseudonymousVote', async () => {
    const heard: ConcludedVote[] = [];
    const room = new TestRoom({
      modules: [coreModule, legalVoteModule, factListener(heard)],
      signer: installationSigner(testInstallationKey()),
    });
    const alice = await joinRegistered(room, 'alice');
    const bob = await joinRegistered(room, 'bob');
    const voteId = await startVote(alice, [alice, bob], { kind: 'pseudonymous' });
    await cast(bob, voteId, 'no');
    await alice.act('legal-vote', 'stop', { voteId });
    await room.settle();
    expect(heard.map((v) => v.cast)).toEqual([1]);
    expect(heard[0]).not.toHaveProperty('roll');
    expect(JSON.stringify(heard)).not.toContain(personas.bob.displayName);
  });
});
