import {
  type AuditDocument,
  appendEntry,
  exportChain,
  resumeChain,
  serializeAuditDocument,
  signHead,
  verifyChain,
} from '@plenum/audit';
import type { RecordStreamKey } from '@plenum/room-kit';
import { describe, expect, it } from 'vitest';
import { ForwardingRecordStore, type VoteStore } from './legalVoteStorage.test-support.js';
import {
  cast,
  committee,
  endedOf,
  expectSoundRecord,
  joinedState,
  joinRegistered,
  receiptOf,
  startVote,
  storedVote,
  voteRoom,
} from './legalVoteTestRoom.test-support.js';
import { exportVote, legalVoteRecords, voteDocument, votesOf } from './voteDocument.js';
import { resultsFollowFromBallots } from './voteRecord.js';

/** A store whose writes wait until the test lets them through. */
class GatedStore extends ForwardingRecordStore {
  #open = true;
  #waiting: (() => void)[] = [];
  hold(): void {
    this.#open = false;
  }
  release(): void {
    this.#open = true;
    for (const go of this.#waiting.splice(0)) go();
  }
  override async append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void> {
    if (!this.#open) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    return this.inner.append(key, body, expiresAt);
  }
}

/** A store that refuses the next `failures` writes, as a database that went away for a moment. */
class FlakyStore extends ForwardingRecordStore {
  failures = 0;
  override async append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('connection lost');
    }
    return this.inner.append(key, body, expiresAt);
  }
}

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/**
 * The record comes first (stored before announced, failed writes, restarts) and the exported record. Each test plays
 * in a new room of `store`.
 */
export function legalVoteRecordScenarios(store: VoteStore): void {
  describe('the record comes first', () => {
    it('nothingIsAnnouncedBeforeItIsStored', async () => {
      const storage = await store();
      const gate = new GatedStore(storage.records);
      const { room, alice, bob, carol } = await committee({ ...storage, records: gate });
      gate.hold();
      alice.send('legal-vote', 'start', {
        title: 'Vertagung',
        kind: 'rollCall',
        options: { abstain: false },
        eligible: [bob.participantId, carol.participantId],
        closeWhenAllVoted: false,
      });
      await turns();
      expect([...alice.inbox.events('legal-vote'), ...bob.inbox.events('legal-vote')]).toEqual([]);
      gate.release();
      await room.settle();
      const voteId = (alice.inbox.last('legal-vote', 'started')?.vote as { id: string } | undefined)?.id ?? '';
      gate.hold();
      bob.send('legal-vote', 'castBallot', { voteId, choice: 'yes' });
      await turns();
      expect([...bob.inbox.events('legal-vote', 'receipt'), ...carol.inbox.events('legal-vote', 'ballotCast')]).toEqual(
        [],
      );
      gate.release();
      await room.settle();
      expect(receiptOf(bob)).toBeDefined();
      expect(carol.inbox.events('legal-vote', 'ballotCast')).toHaveLength(1);
    });

    it('aFailedWriteInterruptsTheVoteForEveryoneAndTheStoredPartIsFinished', async () => {
      const storage = await store();
      const flaky = new FlakyStore(storage.records);
      const { room, key, alice, bob, carol, guest } = await committee({ ...storage, records: flaky });
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'yes');
      flaky.failures = 1;
      await cast(carol, voteId, 'no');
      for (const p of [alice, bob, carol, guest])
        expect(endedOf(p)).toMatchObject({
          voteId,
          reason: 'interrupted',
          tally: { yes: 1, no: 0, ballots: 1, eligible: 2 },
          ballots: [{ name: 'Bob', choice: 'yes' }],
          record: null,
        });
      expect(receiptOf(carol)).toBeUndefined();
      // The store is back: the stored part was ended as interrupted and signed, without Carol's lost ballot.
      const { chain } = await expectSoundRecord(room, key, voteId, [receiptOf(bob)]);
      expect(chain.entries.map((e) => e.entry.kind)).toEqual(['started', 'ballotCast', 'ended']);
      expect(chain.entries.at(-1)?.entry.data).toMatchObject({ reason: 'interrupted', tally: { yes: 1, ballots: 1 } });
      // The room goes on: the next vote starts.
      await startVote(alice, [carol]);
    });

    it('aRestartInTheMiddleEndsTheVoteAsInterruptedWithItsRecordIntact', async () => {
      const storage = await store();
      const first = await committee(storage);
      const voteId = await startVote(first.alice, [first.bob, first.carol], { kind: 'pseudonymous' });
      await cast(first.bob, voteId, 'yes');
      await first.bob.act('legal-vote', 'reportProblem', { voteId, kind: 'video' });
      // The server stops without closing the room: the next meeting of the room finds the vote open.
      const { room } = voteRoom({ ...storage, key: first.key, clock: first.room.clock });
      const alice = await joinRegistered(room, 'alice');
      await room.settle();
      const seen = endedOf(alice) ?? joinedState(alice)?.last;
      expect(seen).toMatchObject({ voteId, reason: 'interrupted', tally: { yes: 1, ballots: 1, eligible: 2 } });
      const { chain } = await expectSoundRecord(room, first.key, voteId, [receiptOf(first.bob)]);
      expect(chain.entries.map((e) => e.entry.kind)).toEqual(['started', 'ballotCast', 'problemReported', 'ended']);
      // Finished once: a third meeting finds nothing open, and a new vote starts.
      const third = voteRoom({ ...storage, key: first.key });
      const olga = await joinRegistered(third.room, 'alice');
      const bob = await joinRegistered(third.room, 'bob');
      await startVote(olga, [bob]);
      expect((await storedVote(third.room, voteId)).entries).toHaveLength(4);
    });
  });

  describe('the exported record', () => {
    async function endedVote() {
      const { room, key, alice, bob, carol } = await committee(await store());
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'yes');
      await cast(carol, voteId, 'no');
      await alice.act('legal-vote', 'stop', { voteId });
      const { document } = await expectSoundRecord(room, key, voteId, [receiptOf(bob), receiptOf(carol)]);
      return { room, key, voteId, document, bob };
    }

    it('isWhatExportChainMakesWithTheInstallationKey', async () => {
      const { room, key, voteId, document } = await endedVote();
      const stored = await storedVote(room, voteId);
      expect(document).toEqual(exportChain(`legal-vote:${voteId}`, stored.entries, key));
    });

    it('aChangedChoiceIsFoundAndLocated', async () => {
      const { document, bob } = await endedVote();
      const forged: AuditDocument = structuredClone(document);
      const index = forged.entries.findIndex((e) => e.kind === 'ballotCast');
      const entry = forged.entries[index];
      if (!entry) throw new Error('no ballot');
      forged.entries[index] = { ...entry, data: { ...(entry.data as object), choice: 'no' } };
      expect(verifyChain(serializeAuditDocument(forged))).toEqual({
        ok: false,
        problem: { kind: 'entryChanged', seq: entry.seq, index },
      });
      expect(receiptOf(bob)?.entryHash).toBeDefined();
    });

    it('aSignedRecordWhoseCountsDoNotFollowFromItsBallotsIsInvalid', async () => {
      const { key, document } = await endedVote();
      // A writer that counted wrong (and signed it): the chain verifies, the results do not.
      const entries = document.entries.slice(0, -1);
      const last = entries.at(-1);
      const ended = document.entries.at(-1);
      if (!last || !ended) throw new Error('no end');
      const wrong = {
        ...(ended.data as Record<string, unknown>),
        tally: { yes: 2, no: 0, abstain: 0, ballots: 2, eligible: 2 },
      };
      const { entry } = appendEntry(resumeChain(document.subject, last), 'ended', wrong, Date.parse(ended.at));
      const forged = exportChain(document.subject, [...entries, entry], key);
      expect(signHead(key, forged.subject, forged.head)).toEqual(forged.signature);
      const verified = verifyChain(forged);
      expect(verified.ok).toBe(true);
      if (verified.ok)
        expect(resultsFollowFromBallots(verified.entries.map((e) => e.entry))).toEqual({
          ok: false,
          problem: 'tallyMismatch',
          seq: entry.seq,
        });
    });

    it('theServerExportsAnEndedVoteFromTheStoreAndListsTheRoomsVotes', async () => {
      const { room, voteId, document } = await endedVote();
      expect(await exportVote(room.records, room.room.id, voteId)).toEqual(document);
      expect(await votesOf(legalVoteRecords(room.records, room.room.id))).toEqual([{ voteId, state: 'closed' }]);
    });

    it('aTitleWithQuotesAndEmojiIsStoredAsGivenAndVerifies', async () => {
      const { room, key, alice, bob, carol } = await committee(await store());
      const title = 'Grüße 👋 "zitiert" \\ <b>';
      const voteId = await startVote(alice, [bob, carol], { closeWhenAllVoted: true, title });
      await cast(bob, voteId, 'yes');
      await cast(carol, voteId, 'abstain');
      expect(endedOf(alice)).toMatchObject({ reason: 'allVoted' });
      const { chain } = await expectSoundRecord(room, key, voteId, [receiptOf(bob), receiptOf(carol)]);
      expect(chain.entries[0]?.entry.data).toMatchObject({ title });
    });

    it('aRunningVoteHasNoDocumentYet', async () => {
      const { room, alice, bob } = await committee(await store());
      const voteId = await startVote(alice, [bob]);
      expect(() => voteDocument({ voteId, subject: `legal-vote:${voteId}`, entries: [], signed: null })).toThrow();
      await expect(storedVote(room, voteId).then(voteDocument)).rejects.toThrow('no signed record');
    });
  });
}
