import { migrateToLatest, newRoomId, RoomRecordRepository, RoomRepository, TenantRepository } from '@plenum/db';
import { openScratchDatabase, type ScratchDatabase } from '@plenum/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cast,
  committee,
  endedOf,
  expectSoundRecord,
  joinedState,
  joinRegistered,
  receiptOf,
  startVote,
  voteRoom,
} from './legalVoteTestRoom.test-support.js';

describe('a legal vote on PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let records: RoomRecordRepository;
  let rooms: RoomRepository;

  beforeAll(async () => {
    scratch = await openScratchDatabase('postgres');
    await migrateToLatest(scratch.db);
    records = new RoomRecordRepository(scratch.db);
    rooms = new RoomRepository(scratch.db);
    await new TenantRepository(scratch.db).ensure({ id: 'council', name: 'Council' });
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('aRestartInTheMiddleEndsTheVoteAsInterruptedWithItsRecordIntact', async () => {
    const roomId = (await rooms.create({ id: newRoomId(), title: 'Rat', tenantId: 'council' })).id;
    const first = await committee({ records, roomId });
    const voteId = await startVote(first.alice, [first.bob, first.carol], { kind: 'pseudonymous' });
    await cast(first.bob, voteId, 'no');
    // The server stops with the vote running; the room's next meeting finishes its record.
    const { room } = voteRoom({ records, roomId, key: first.key, clock: first.room.clock });
    const alice = await joinRegistered(room, 'alice');
    await room.settle();
    expect(endedOf(alice) ?? joinedState(alice)?.last).toMatchObject({
      voteId,
      reason: 'interrupted',
      tally: { no: 1 },
    });
    const { chain } = await expectSoundRecord(room, first.key, voteId, [receiptOf(first.bob)]);
    expect(chain.entries.map((e) => e.entry.kind)).toEqual(['started', 'ballotCast', 'ended']);
  });

  it('anEndedVoteVerifiesFromWhatPostgreSqlStored', async () => {
    const roomId = (await rooms.create({ id: newRoomId(), title: 'Ausschuss', tenantId: 'council' })).id;
    const { room, key, alice, bob, carol } = await committee({ records, roomId });
    const voteId = await startVote(alice, [bob, carol], { closeWhenAllVoted: true, title: 'Grüße 👋 "zitiert"' });
    await cast(bob, voteId, 'yes');
    await cast(carol, voteId, 'abstain');
    expect(endedOf(alice)).toMatchObject({ reason: 'allVoted' });
    await expectSoundRecord(room, key, voteId, [receiptOf(bob), receiptOf(carol)]);
  });
});
