import { describe, expect, it } from 'vitest';
import type { VoteStore } from './legalVoteStorage.test-support.js';
import {
  cast,
  committee,
  endedOf,
  entryKinds,
  expectSoundRecord,
  joinedState,
  joinRegistered,
  receiptOf,
  startVote,
  storedVote,
} from './legalVoteTestRoom.test-support.js';
import { resultFromRecord } from './voteDocument.js';

/**
 * How a vote ends (all voted, deadline, stop, cancel, initiator gone, room closed) and what happens during it. Each
 * test plays in a new room of `store`.
 */
export function legalVoteEndingScenarios(store: VoteStore): void {
  describe('ending a vote', () => {
    it('itClosesWhenEveryoneHasVotedIfAsked', async () => {
      const { room, key, alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { closeWhenAllVoted: true });
      await cast(bob, voteId, 'yes');
      expect(endedOf(guest)).toBeUndefined();
      await cast(carol, voteId, 'abstain');
      expect(endedOf(guest)).toMatchObject({
        voteId,
        reason: 'allVoted',
        endedBy: null,
        tally: { yes: 1, no: 0, abstain: 1, ballots: 2, eligible: 2 },
        ballots: [
          { name: 'Bob', choice: 'yes' },
          { name: 'Carol', choice: 'abstain' },
        ],
      });
      await expectSoundRecord(room, key, voteId, [receiptOf(bob), receiptOf(carol)]);
    });

    it('itRunsOnWhenEveryoneHasVotedUnlessAsked', async () => {
      const { alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await cast(bob, voteId, 'yes');
      expect(endedOf(bob)).toBeUndefined();
    });

    it('itEndsAtItsDeadline', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { durationSeconds: 60 });
      expect(alice.inbox.last('legal-vote', 'started')?.vote).toMatchObject({ endsAt: room.clock.now() + 60_000 });
      await cast(bob, voteId, 'no');
      await room.advance(59_999);
      expect(endedOf(carol)).toBeUndefined();
      await room.advance(1);
      expect(endedOf(carol)).toMatchObject({ reason: 'deadline', tally: { no: 1, ballots: 1, eligible: 2 } });
      await expectSoundRecord(room, key, voteId, [receiptOf(bob)]);
    });

    it('aModeratorCancelsItWithAReasonThatGoesIntoTheRecord', async () => {
      const { room, key, alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'cancel', { voteId, reason: '  ' }, 'a1');
      expect(alice.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'a1', error: 'invalidReason', maxLength: 500 }]);
      await bob.act('legal-vote', 'cancel', { voteId, reason: 'nein' }, 'b1');
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'forbidden', required: 'moderator' }]);
      await alice.act('legal-vote', 'cancel', { voteId, reason: 'Antrag zurückgezogen' });
      expect(endedOf(bob)).toMatchObject({
        reason: 'cancelled',
        endedBy: alice.participantId,
        cancelReason: 'Antrag zurückgezogen',
      });
      const { chain } = await expectSoundRecord(room, key, voteId);
      expect(chain.entries.at(-1)?.entry.data).toMatchObject({
        reason: 'cancelled',
        endedBy: { participant: alice.participantId, name: 'Alice' },
        cancelReason: 'Antrag zurückgezogen',
      });
    });

    it('onlyTheInitiatorStopsItWhileTheyAreInTheRoom', async () => {
      const { room, alice, bob } = await committee(await store());
      const owner = await joinRegistered(room, 'owner');
      const voteId = await startVote(alice, [bob]);
      await owner.act('legal-vote', 'stop', { voteId }, 'o1');
      await bob.act('legal-vote', 'stop', { voteId }, 'b1');
      expect(owner.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'o1', error: 'notInitiator', voteId }]);
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'notInitiator', voteId }]);
      await alice.act('legal-vote', 'stop', { voteId });
      expect(endedOf(bob)).toMatchObject({ reason: 'stopped', endedBy: alice.participantId });
    });

    it('theVoteGoesOnWhenTheInitiatorLeavesAndAModeratorMayThenStopIt', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const owner = await joinRegistered(room, 'owner');
      const voteId = await startVote(alice, [bob, carol]);
      await alice.act('core', 'leave');
      await cast(bob, voteId, 'yes');
      expect(receiptOf(bob)).toBeDefined();
      await carol.act('legal-vote', 'stop', { voteId }, 'c1');
      expect(carol.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'c1', error: 'forbidden', required: 'moderator' }]);
      await owner.act('legal-vote', 'stop', { voteId });
      expect(endedOf(carol)).toMatchObject({ reason: 'stopped', endedBy: owner.participantId });
      const { chain } = await expectSoundRecord(room, key, voteId, [receiptOf(bob)]);
      expect(chain.entries.map((e) => e.entry.kind)).toEqual(['started', 'participantLeft', 'ballotCast', 'ended']);
      expect(chain.entries[1]?.entry.data).toEqual({
        participant: alice.participantId,
        userId: 'u-alice',
        name: 'Alice',
        reason: 'left',
      });
    });

    it('theRoomClosingEndsTheVoteAndItsRecordIsStoredBeforeTheRoomIsGone', async () => {
      const { room, key, alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await cast(bob, voteId, 'no');
      await room.room.close();
      const { chain } = await expectSoundRecord(room, key, voteId, [receiptOf(bob)]);
      // Everyone leaving with the room is not recorded: the end says why.
      expect(chain.entries.map((e) => e.entry.kind)).toEqual(['started', 'ballotCast', 'ended']);
      expect(chain.entries.at(-1)?.entry.data).toMatchObject({ reason: 'roomClosed', tally: { no: 1, ballots: 1 } });
    });

    it('aServerShutdownLeavesTheVoteToTheNextRunWhichEndsItAsInterruptedForThoseWhoComeBack', async () => {
      const storage = await store();
      const first = await committee(storage);
      const voteId = await startVote(first.alice, [first.bob, first.carol]);
      await cast(first.bob, voteId, 'no');
      await first.room.room.close(5000, 'shutdown');
      // Nobody closed the meeting: the vote is not ended as if the room had closed.
      expect(await entryKinds(first.room, voteId)).toEqual(['started', 'ballotCast']);
      const next = await committee({ ...storage, key: first.key });
      await next.room.settle();
      expect(await entryKinds(next.room, voteId)).toEqual(['started', 'ballotCast', 'ended']);
      const back = await joinRegistered(next.room, 'bob');
      expect(joinedState(back)?.last).toMatchObject({ voteId, reason: 'interrupted' });
    });
  });

  describe('during a vote', () => {
    it('joinsAndLeavesOfEligiblePeopleAreRecordedOthersAreNot', async () => {
      const { room, alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await carol.act('core', 'leave');
      await guest.act('core', 'leave');
      await bob.act('core', 'leave');
      const back = await joinRegistered(room, 'bob');
      const entries = (await storedVote(room, voteId)).entries;
      expect(entries.map((e) => [e.kind, e.data])).toEqual([
        ['started', expect.anything()],
        ['participantLeft', { participant: bob.participantId, userId: 'u-bob', name: 'Bob', reason: 'left' }],
        ['participantJoined', { participant: back.participantId, userId: 'u-bob', name: 'Bob' }],
      ]);
    });

    it('aVoterReportsAProblemItGoesIntoTheRecord', async () => {
      const { room, alice, bob, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await bob.act('legal-vote', 'reportProblem', { voteId, kind: 'audio', text: ' Ton\u0000 weg ' });
      expect(bob.inbox.events('legal-vote', 'problemRecorded')).toEqual([
        { ns: 'legal-vote', event: 'problemRecorded', voteId },
      ]);
      await guest.act('legal-vote', 'reportProblem', { voteId, kind: 'other' }, 'g1');
      expect(guest.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'g1', error: 'notEligible', voteId }]);
      expect((await storedVote(room, voteId)).entries.at(-1)).toMatchObject({
        kind: 'problemReported',
        data: { participant: bob.participantId, name: 'Bob', kind: 'audio', text: 'Ton  weg' },
      });
      expect(await entryKinds(room, voteId)).toEqual(['started', 'problemReported']);
    });

    it('theModeratorsAndTheInitiatorLearnOfAReportedProblemAtOnceAndLateModeratorsSeeTheList', async () => {
      const { room, alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await bob.act('legal-vote', 'reportProblem', { voteId, kind: 'audio', text: 'Kein Ton' });
      const problem = {
        participant: bob.participantId,
        name: 'Bob',
        kind: 'audio',
        text: 'Kein Ton',
        at: room.clock.now(),
      };
      expect(alice.inbox.events('legal-vote', 'problemReported')).toEqual([
        { ns: 'legal-vote', event: 'problemReported', voteId, problem },
      ]);
      // Not the other voters, nor guests: only the chair.
      for (const other of [bob, carol, guest]) expect(other.inbox.events('legal-vote', 'problemReported')).toEqual([]);
      const secondAlice = await joinRegistered(room, 'alice');
      expect(joinedState(secondAlice)?.running?.problems).toEqual([problem]);
      const secondCarol = await joinRegistered(room, 'carol');
      expect(joinedState(secondCarol)?.running?.problems).toEqual([]);
      // Carol, promoted during the vote, learns of the problems reported before (and the next ones as they come).
      await alice.act('core', 'promote', { participantId: carol.participantId });
      expect(carol.inbox.events('legal-vote', 'problemReported')).toEqual([
        { ns: 'legal-vote', event: 'problemReported', voteId, problem },
      ]);
      expect(alice.inbox.events('legal-vote', 'problemReported')).toHaveLength(1);
    });

    it('aPseudonymousResultListsTokensSortedNotInTheOrderCast', async () => {
      const { room, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [alice, bob, carol], { kind: 'pseudonymous' });
      const tokenOf = (p: typeof bob) => p.inbox.last('legal-vote', 'ballotIssued')?.token as string;
      // Cast from the highest token down, so that the order cast is never the sorted one.
      const voters = [alice, bob, carol].sort((x, y) => (tokenOf(x) < tokenOf(y) ? 1 : -1));
      for (const v of voters) await cast(v, voteId, 'yes');
      await alice.act('legal-vote', 'stop', { voteId });
      const sorted = voters.map(tokenOf).reverse();
      expect(endedOf(bob)?.ballots.map((b) => ('token' in b ? b.token : b.name))).toEqual(sorted);
      // The record keeps the order cast (the chain needs it); what is read back from it is published sorted too.
      const record = await storedVote(room, voteId);
      expect(
        record.entries.filter((e) => e.kind === 'ballotCast').map((e) => (e.data as { token: string }).token),
      ).toEqual(voters.map(tokenOf));
      expect(resultFromRecord(record)?.ballots.map((b) => ('token' in b ? b.token : ''))).toEqual(sorted);
    });

    it('aLateJoinerGetsTheRunningVoteAndTheirOwnToken', async () => {
      const { room, alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob], { kind: 'pseudonymous' });
      const token = bob.inbox.last('legal-vote', 'ballotIssued')?.token;
      const second = await joinRegistered(room, 'bob');
      expect(joinedState(second)).toMatchObject({
        running: { vote: { id: voteId }, count: 0, ballots: [], mine: { eligible: true, choice: null, token } },
        last: null,
      });
    });
  });
}
