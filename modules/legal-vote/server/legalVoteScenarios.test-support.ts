import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../protocol.js';
import type { VoteStore } from './legalVoteStorage.test-support.js';
import {
  basicVote,
  cast,
  committee,
  endedOf,
  entryKinds,
  expectSoundRecord,
  joinedState,
  receiptOf,
  startVote,
  storedVote,
} from './legalVoteTestRoom.test-support.js';

const voteFrames = (p: { inbox: { frames: Record<string, unknown>[] } }) =>
  p.inbox.frames.filter((f) => f.ns === 'legal-vote');

/**
 * Starting a vote, ballots, who may vote, and the kinds (what is shown while it runs). Each test plays in a new room
 * of `store`.
 */
export function legalVoteScenarios(store: VoteStore): void {
  describe('starting a vote', () => {
    it('moderatorStartsAVoteEveryoneSeesItsParameters', async () => {
      const { room, alice, bob, carol, everyone } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { subtitle: ' TOP 3 ', topic: 'Antrag der Fraktion' });
      for (const p of everyone)
        expect(p.inbox.events('legal-vote', 'started')).toEqual([
          {
            ns: 'legal-vote',
            event: 'started',
            vote: {
              id: voteId,
              subject: `legal-vote:${voteId}`,
              title: basicVote.title,
              subtitle: 'TOP 3',
              topic: 'Antrag der Fraktion',
              kind: 'rollCall',
              options: { abstain: true },
              eligible: [
                { participant: bob.participantId, userId: 'u-bob', name: 'Bob' },
                { participant: carol.participantId, userId: 'u-carol', name: 'Carol' },
              ],
              initiator: { participant: alice.participantId, name: 'Alice' },
              closeWhenAllVoted: false,
              startedAt: room.clock.now(),
              endsAt: null,
            },
          },
        ]);
      expect(await entryKinds(room, voteId)).toEqual(['started']);
    });

    it('participantCannotStartAVote', async () => {
      const { bob, carol, alice } = await committee(await store());
      await bob.act('legal-vote', 'start', { ...basicVote, eligible: [carol.participantId] }, 'b1');
      expect(bob.inbox.frames).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'forbidden', required: 'moderator' }]);
      expect([...voteFrames(alice), ...voteFrames(carol)]).toEqual([]);
    });

    it('guestsAndPhoneCallersCannotBeEligible', async () => {
      const { alice, bob, guest, phone } = await committee(await store());
      await alice.act(
        'legal-vote',
        'start',
        { ...basicVote, eligible: [bob.participantId, guest.participantId] },
        'a1',
      );
      await alice.act('legal-vote', 'start', { ...basicVote, eligible: [phone.participantId] }, 'a2');
      expect(alice.inbox.errors()).toEqual([
        {
          ns: 'legal-vote',
          id: 'a1',
          error: 'ineligibleParticipant',
          participant: guest.participantId,
          reason: 'notRegistered',
        },
        {
          ns: 'legal-vote',
          id: 'a2',
          error: 'ineligibleParticipant',
          participant: phone.participantId,
          reason: 'notABrowser',
        },
      ]);
      expect(bob.inbox.events('legal-vote')).toEqual([]);
    });

    it('aVoteNeedsEligibleVotersAndCappedTexts', async () => {
      const { alice } = await committee(await store());
      await alice.act('legal-vote', 'start', { ...basicVote, eligible: [] }, 'a1');
      await alice.act('legal-vote', 'start', { ...basicVote, eligible: [alice.participantId], title: ' ' }, 'a2');
      await alice.act(
        'legal-vote',
        'start',
        { ...basicVote, eligible: [alice.participantId], title: 'x'.repeat(MAX_TITLE_LENGTH + 1) },
        'a3',
      );
      await alice.act(
        'legal-vote',
        'start',
        { ...basicVote, eligible: [alice.participantId], durationSeconds: 1 },
        'a4',
      );
      expect(alice.inbox.errors().map((e) => [e.id, e.error])).toEqual([
        ['a1', 'noEligibleVoters'],
        ['a2', 'invalidTitle'],
        ['a3', 'invalidTitle'],
        ['a4', 'invalidDuration'],
      ]);
    });

    it('oneVoteRunsAtATime', async () => {
      const { alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'start', { ...basicVote, eligible: [bob.participantId] }, 'a2');
      expect(alice.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'a2', error: 'anotherVoteRunning', voteId }]);
    });
  });

  describe('ballots', () => {
    it('eligibleVoterVotesOnceAndGetsAReceiptForTheStoredBallot', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'yes');
      const receipt = receiptOf(bob);
      const stored = await storedVote(room, voteId);
      expect(receipt).toEqual({ voteId, subject: `legal-vote:${voteId}`, entryHash: expect.any(String) });
      expect(bob.inbox.last('legal-vote', 'receipt')?.choice).toBe('yes');
      expect(stored.entries.map((e) => e.kind)).toEqual(['started', 'ballotCast']);
      expect(stored.entries[1]?.data).toEqual({
        voter: { participant: bob.participantId, userId: 'u-bob', name: 'Bob' },
        choice: 'yes',
      });
      // Nobody else gets the receipt.
      expect(carol.inbox.events('legal-vote', 'receipt')).toEqual([]);
      await alice.act('legal-vote', 'stop', { voteId });
      await expectSoundRecord(room, key, voteId, [receipt]);
    });

    it('aSecondBallotIsRefusedAndTheRefusalIsRecorded', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'yes');
      await cast(bob, voteId, 'no', undefined, 'b2');
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b2', error: 'alreadyVoted', voteId }]);
      const stored = await storedVote(room, voteId);
      expect(stored.entries.at(-1)).toMatchObject({
        kind: 'ballotRefused',
        data: { reason: 'alreadyVoted', participant: bob.participantId, userId: 'u-bob', name: 'Bob' },
      });
      await alice.act('legal-vote', 'stop', { voteId });
      expect(endedOf(carol)?.tally).toEqual({ yes: 1, no: 0, abstain: 0, ballots: 1, eligible: 2 });
      await expectSoundRecord(room, key, voteId, [receiptOf(bob)]);
    });

    it('aBallotFromSomeoneNotEligibleIsRefusedAndRecorded', async () => {
      const { room, alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await cast(carol, voteId, 'no', undefined, 'c1');
      await cast(guest, voteId, 'no', undefined, 'g1');
      expect(carol.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'c1', error: 'notEligible', voteId }]);
      expect(guest.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'g1', error: 'notEligible', voteId }]);
      const refusals = (await storedVote(room, voteId)).entries.filter((e) => e.kind === 'ballotRefused');
      expect(refusals.map((e) => e.data)).toEqual([
        { reason: 'notEligible', participant: carol.participantId, userId: 'u-carol', name: 'Carol' },
        { reason: 'notEligible', participant: guest.participantId, userId: null, name: 'Gast' },
      ]);
      expect(bob.inbox.events('legal-vote', 'ballotCast')).toEqual([]);
    });

    it('abstainingNeedsTheOption', async () => {
      const { alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob], { options: { abstain: false } });
      await cast(bob, voteId, 'abstain', undefined, 'b1');
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'abstainNotOffered', voteId }]);
      await cast(bob, voteId, 'no');
      expect(receiptOf(bob)).toBeDefined();
    });

    it('aBallotAfterTheEndIsRefusedAndTheVotesOwnRecordStaysFinal', async () => {
      const { room, alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'stop', { voteId });
      const kinds = await entryKinds(room, voteId);
      await cast(bob, voteId, 'yes', undefined, 'b1');
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'ballotAfterEnd', voteId }]);
      // The signed end is final: nothing is added after it (the refusal goes into the after-the-end log).
      expect(await entryKinds(room, voteId)).toEqual(kinds);
    });

    it('aVoterWhoRejoinsIsStillOneVoter', async () => {
      const { room, alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      await cast(bob, voteId, 'yes');
      await bob.act('core', 'leave');
      const again = await room.join('bob', { userId: 'u-bob' });
      expect(joinedState(again)?.running?.mine).toEqual({
        eligible: true,
        choice: 'yes',
        token: null,
        receipt: receiptOf(bob),
      });
      await cast(again, voteId, 'no', undefined, 'b2');
      expect(again.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b2', error: 'alreadyVoted', voteId }]);
    });
  });

  describe('who may vote', () => {
    it('everyDeviceOfAnEligibleVoterIsToldItMayVoteInEveryKind', async () => {
      const { room, alice, bob, carol, guest } = await committee(await store());
      const bobsPhone = await room.join('bob', { userId: 'u-bob' });
      bobsPhone.inbox.clear();
      const voteId = await startVote(alice, [bob, carol]);
      const issued = { ns: 'legal-vote', event: 'ballotIssued', voteId, token: null };
      for (const p of [bob, bobsPhone, carol]) expect(p.inbox.events('legal-vote', 'ballotIssued')).toEqual([issued]);
      for (const p of [alice, guest]) expect(p.inbox.events('legal-vote', 'ballotIssued')).toEqual([]);
      // The second device votes for the person; the first is then refused.
      await cast(bobsPhone, voteId, 'yes');
      await cast(bob, voteId, 'no', undefined, 'b1');
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'alreadyVoted', voteId }]);
    });

    it('moderatorsAreToldWhichParticipantsAreOneAccountSoTheFormListsThemOnce', async () => {
      const { room, alice, bob, carol } = await committee(await store());
      const bobsPhone = await room.join('bob', { userId: 'u-bob' });
      const groups = [[bob.participantId, bobsPhone.participantId]];
      expect(alice.inbox.last('legal-vote', 'sameAccount')).toEqual({ ns: 'legal-vote', event: 'sameAccount', groups });
      // Only moderators: the others never hear it.
      for (const p of [bob, bobsPhone, carol]) expect(p.inbox.events('legal-vote', 'sameAccount')).toEqual([]);
      expect(joinedState(await room.join('alice', { userId: 'u-alice' }))?.sameAccount).toEqual([
        [alice.participantId, expect.any(String)],
        ...groups,
      ]);
      expect(joinedState(await room.join('carol', { userId: 'u-carol' }))?.sameAccount).toEqual([]);
      // Carol, promoted, learns it at once.
      carol.inbox.clear();
      await alice.act('core', 'promote', { participantId: carol.participantId });
      expect(carol.inbox.last('legal-vote', 'sameAccount')?.groups).toContainEqual(groups[0]);
      alice.inbox.clear();
      await bobsPhone.act('core', 'leave');
      expect(alice.inbox.last('legal-vote', 'sameAccount')?.groups).not.toContainEqual(groups[0]);
    });

    it('theResultSaysWhetherAbstainingWasOffered', async () => {
      const { alice, bob } = await committee(await store());
      const without = await startVote(alice, [bob], { options: { abstain: false } });
      await alice.act('legal-vote', 'stop', { voteId: without });
      expect(endedOf(bob)?.options).toEqual({ abstain: false });
      const withIt = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'stop', { voteId: withIt });
      expect(endedOf(bob)?.options).toEqual({ abstain: true });
    });
  });

  describe('kinds', () => {
    it('liveRollCallShowsEachStoredBallotToEveryone', async () => {
      const { alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { kind: 'liveRollCall' });
      await cast(bob, voteId, 'no');
      expect(guest.inbox.events('legal-vote', 'ballotCast')).toEqual([
        { ns: 'legal-vote', event: 'ballotCast', voteId, count: 1, name: 'Bob', choice: 'no' },
      ]);
    });

    it('rollCallShowsOnlyTheCountWhileItRunsAndNamesAtTheEnd', async () => {
      const { alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'no');
      expect(guest.inbox.events('legal-vote', 'ballotCast')).toEqual([
        { ns: 'legal-vote', event: 'ballotCast', voteId, count: 1 },
      ]);
      await alice.act('legal-vote', 'stop', { voteId });
      expect(endedOf(guest)?.ballots).toEqual([{ name: 'Bob', choice: 'no' }]);
    });

    it('pseudonymousVotersEachGetTheirOwnTokenPrivately', async () => {
      const { alice, bob, carol, guest } = await committee(await store());
      await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
      const bobs = bob.inbox.events('legal-vote', 'ballotIssued');
      const carols = carol.inbox.events('legal-vote', 'ballotIssued');
      expect(bobs).toHaveLength(1);
      expect(carols).toHaveLength(1);
      expect(bobs[0]?.token).not.toEqual(carols[0]?.token);
      expect([
        ...alice.inbox.events('legal-vote', 'ballotIssued'),
        ...guest.inbox.events('legal-vote', 'ballotIssued'),
      ]).toEqual([]);
    });

    it('aWrongTokenIsRefusedAndRecordedWithoutTheToken', async () => {
      const { room, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
      const carolsToken = carol.inbox.last('legal-vote', 'ballotIssued')?.token as string;
      await cast(bob, voteId, 'yes', carolsToken, 'b1');
      await bob.act('legal-vote', 'castBallot', { voteId, choice: 'yes' }, 'b2');
      expect(bob.inbox.errors()).toEqual([
        { ns: 'legal-vote', id: 'b1', error: 'wrongToken', voteId },
        { ns: 'legal-vote', id: 'b2', error: 'wrongToken', voteId },
      ]);
      const text = JSON.stringify((await storedVote(room, voteId)).entries);
      expect(text).not.toContain(carolsToken);
      expect(text.match(/"wrongToken"/g)).toHaveLength(2);
    });

    it('aUsedTokenCountsOnceAndNobodyElseCanUseIt', async () => {
      const { room, key, alice, bob, carol, guest } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
      const bobsToken = bob.inbox.last('legal-vote', 'ballotIssued')?.token as string;
      await cast(bob, voteId, 'yes', bobsToken);
      await cast(bob, voteId, 'no', bobsToken, 'b2');
      await cast(carol, voteId, 'no', bobsToken, 'c1');
      await cast(guest, voteId, 'no', bobsToken, 'g1');
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b2', error: 'alreadyVoted', voteId }]);
      expect(carol.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'c1', error: 'wrongToken', voteId }]);
      expect(guest.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'g1', error: 'notEligible', voteId }]);
      // Carol's own token still works.
      await cast(carol, voteId, 'abstain');
      await alice.act('legal-vote', 'stop', { voteId });
      expect(endedOf(alice)?.tally).toEqual({ yes: 1, no: 0, abstain: 1, ballots: 2, eligible: 2 });
      const { chain } = await expectSoundRecord(room, key, voteId, [receiptOf(bob), receiptOf(carol)]);
      expect(chain.entries.map((e) => [e.entry.kind, (e.entry.data as { reason?: string }).reason])).toEqual([
        ['started', undefined],
        ['ballotCast', undefined],
        ['ballotRefused', 'alreadyVoted'],
        ['ballotRefused', 'wrongToken'],
        ['ballotRefused', 'notEligible'],
        ['ballotCast', undefined],
        ['ended', 'stopped'],
      ]);
      // Refusals never carry the token they came with.
      const refusals = chain.entries.filter((e) => e.entry.kind === 'ballotRefused');
      expect(JSON.stringify(refusals)).not.toContain(bobsToken);
    });

    it('thePseudonymousRecordListsTokensNotNames', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
      await cast(bob, voteId, 'yes');
      await cast(carol, voteId, 'no');
      await alice.act('legal-vote', 'stop', { voteId });
      const bobsToken = bob.inbox.last('legal-vote', 'ballotIssued')?.token as string;
      expect(receiptOf(bob)).toMatchObject({ token: bobsToken });
      const { chain } = await expectSoundRecord(room, key, voteId, [receiptOf(bob), receiptOf(carol)]);
      const ballots = chain.entries.filter((e) => e.entry.kind === 'ballotCast').map((e) => e.entry.data);
      expect(ballots).toEqual([
        { token: bobsToken, choice: 'yes' },
        { token: carol.inbox.last('legal-vote', 'ballotIssued')?.token, choice: 'no' },
      ]);
      for (const ballot of ballots) expect(JSON.stringify(ballot)).not.toMatch(/Bob|Carol|u-bob|u-carol/);
      // The result lists them sorted by token, not in the order cast.
      const byToken = (b: unknown) => (b as { token: string }).token;
      expect(endedOf(alice)?.ballots).toEqual([...ballots].sort((x, y) => (byToken(x) < byToken(y) ? -1 : 1)));
      // The live announcement says nothing about who voted what.
      expect(alice.inbox.events('legal-vote', 'ballotCast').map((e) => Object.keys(e).sort())).toEqual([
        ['count', 'event', 'ns', 'voteId'],
        ['count', 'event', 'ns', 'voteId'],
      ]);
    });
  });
}
