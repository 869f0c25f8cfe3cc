import { serializeAuditDocument, verifyChain } from '@plenum/audit';
import { type RecordStreamKey, recordsFor } from '@plenum/room-kit';
import type { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { MAX_RECORDED_REFUSALS_AFTER_END, readAfterEndDocument } from './afterEndRecord.js';
import { ForwardingRecordStore, type VoteStore } from './legalVoteStorage.test-support.js';
import { cast, committee, endedOf, entryKinds, startVote } from './legalVoteTestRoom.test-support.js';

const afterEnd = (room: TestRoom, voteId: string) =>
  readAfterEndDocument(
    recordsFor(room.records, room.room.id, 'legal-vote', () => room.clock.now()),
    voteId,
  );

/** A store that refuses every write to the after-the-end logs, as a database that went away. */
class NoAfterEndStore extends ForwardingRecordStore {
  override async append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void> {
    if (key.stream.endsWith(':after-end')) throw new Error('connection lost');
    return this.inner.append(key, body, expiresAt);
  }
}

/**
 * Ballots after the end: refused, and logged in a signed log that follows the end. Each test plays in a new room of
 * `store`.
 */
export function legalVoteAfterEndScenarios(store: VoteStore): void {
  describe('ballots after the end', () => {
    it('aBallotAfterTheEndIsRefusedAndRecordedInASignedLogThatFollowsTheEnd', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await alice.act('legal-vote', 'stop', { voteId });
      const kinds = await entryKinds(room, voteId);
      expect(await afterEnd(room, voteId)).toBeNull();
      await cast(bob, voteId, 'yes', undefined, 'b1');
      await cast(carol, voteId, 'no', undefined, 'c1');
      // Each is told their ballot came after the end and is recorded as refused.
      expect(bob.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'b1', error: 'ballotAfterEnd', voteId }]);
      expect(carol.inbox.errors()).toEqual([{ ns: 'legal-vote', id: 'c1', error: 'ballotAfterEnd', voteId }]);
      // The vote's own record ends with its signed end, unchanged.
      expect(await entryKinds(room, voteId)).toEqual(kinds);
      const document = await afterEnd(room, voteId);
      if (!document) throw new Error('no after-the-end log');
      const verified = verifyChain(serializeAuditDocument(document), { trustedFingerprints: [key.fingerprint] });
      expect(verified).toMatchObject({ ok: true });
      const end = endedOf(alice)?.record;
      expect(document.subject).toBe(`legal-vote:${voteId}:after-end`);
      expect(document.entries.map((e) => [e.kind, e.data])).toEqual([
        ['follows', { voteId, end: { seq: end?.seq, hash: end?.hash } }],
        ['ballotRefused', { reason: 'voteEnded', participant: bob.participantId, userId: 'u-bob', name: 'Bob' }],
        ['ballotRefused', { reason: 'voteEnded', participant: carol.participantId, userId: 'u-carol', name: 'Carol' }],
      ]);
      // Never the choice.
      expect(JSON.stringify(document.entries)).not.toMatch(/"yes"|"no"/);
    });

    it('onlyTheFirstRefusalsAfterTheEndOfEachPersonAreRecorded', async () => {
      const { room, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await alice.act('legal-vote', 'stop', { voteId });
      for (let i = 0; i < MAX_RECORDED_REFUSALS_AFTER_END + 3; i++) await cast(bob, voteId, 'yes');
      await cast(carol, voteId, 'yes');
      expect(bob.inbox.errors()).toHaveLength(MAX_RECORDED_REFUSALS_AFTER_END + 3);
      // Recorded ones are refused as after the end; the rest, not recorded, as a plain ended vote.
      expect(bob.inbox.errors().map((e) => e.error)).toEqual([
        ...Array<string>(MAX_RECORDED_REFUSALS_AFTER_END).fill('ballotAfterEnd'),
        'voteEnded',
        'voteEnded',
        'voteEnded',
      ]);
      const refused = (await afterEnd(room, voteId))?.entries.filter((e) => e.kind === 'ballotRefused') ?? [];
      const names = refused.map((e) => (e.data as { name: string }).name);
      expect(names).toEqual([...Array<string>(MAX_RECORDED_REFUSALS_AFTER_END).fill('Bob'), 'Carol']);
    });

    it('aRefusalAfterTheEndStandsWhenItsRecordCannotBeWrittenAndTheLogStops', async () => {
      const storage = await store();
      const { room, alice, bob } = await committee({ ...storage, records: new NoAfterEndStore(storage.records) });
      const voteId = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'stop', { voteId });
      await cast(bob, voteId, 'yes', undefined, 'b1');
      await cast(bob, voteId, 'yes', undefined, 'b2');
      expect(bob.inbox.errors()).toEqual([
        { ns: 'legal-vote', id: 'b1', error: 'voteEnded', voteId },
        { ns: 'legal-vote', id: 'b2', error: 'voteEnded', voteId },
      ]);
      expect(await afterEnd(room, voteId)).toBeNull();
      expect(endedOf(bob)).toMatchObject({ voteId, reason: 'stopped' });
    });
  });
}
