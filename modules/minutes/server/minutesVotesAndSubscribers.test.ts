import { coreModule } from '@plenum/module-core/server';
import type { RoomId } from '@plenum/protocol';
import type { RoomRecordStore } from '@plenum/room-kit';
import { MemoryRecordStore, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../base64.js';
import { notesOf } from '../minutesDocument.js';
import { createMinutesModule } from './MinutesModule.js';
import { VOTES_STREAM } from './MinutesWriter.js';
import { concludedVote, voteTellerModule } from './voteTeller.test-support.js';

function room(options: { records?: RoomRecordStore; roomId?: RoomId } = {}): TestRoom {
  return new TestRoom({ modules: [coreModule, createMinutesModule(), voteTellerModule], ...options });
}

/** The `votes` of the minutes' join state a persona got. */
const joinedVotes = (p: TestPersona): unknown =>
  (p.inbox.last('core', 'joined')?.modules as Record<string, { votes: unknown }> | undefined)?.minutes?.votes;

const storedVotes = (records: RoomRecordStore, test: TestRoom) =>
  records.latest({ room: test.room.id, module: 'minutes', stream: VOTES_STREAM }, 1000, 0);

const emptyVector = toBase64(Y.encodeStateVector(new Y.Doc()));
const anUpdate = (text: string): string => {
  const doc = new Y.Doc();
  notesOf(doc, 'top1').insert(0, text);
  return toBase64(Y.encodeStateAsUpdate(doc));
};

describe('concluded votes', () => {
  it('areAnnouncedToEveryoneAndOfferedToLateJoiners', async () => {
    const test = room();
    const alice = await test.join('alice');
    const bob = await test.join('bob');
    const vote = concludedVote();
    await alice.act('teller', 'tell', { vote });
    for (const p of [alice, bob])
      expect(p.inbox.events('minutes', 'voteConcluded')).toEqual([{ ns: 'minutes', event: 'voteConcluded', vote }]);
    const second = concludedVote({ voteId: 'vote-0002', reason: 'cancelled' });
    await alice.act('teller', 'tell', { vote: second });
    expect(joinedVotes(await test.join('carol'))).toEqual([vote, second]);
  });

  it('aVoteToldAgainIsIgnored', async () => {
    const records = new MemoryRecordStore();
    const test = room({ records });
    const alice = await test.join('alice');
    await alice.act('teller', 'tell', { vote: concludedVote() });
    await alice.act('teller', 'tell', { vote: concludedVote({ title: 'changed' }) });
    expect(alice.inbox.events('minutes', 'voteConcluded')).toHaveLength(1);
    expect(await storedVotes(records, test)).toHaveLength(1);
    expect(joinedVotes(await test.join('bob'))).toEqual([concludedVote()]);
  });

  it('areStoredAndKnownAgainWhenTheRoomReopens', async () => {
    const records = new MemoryRecordStore();
    const first = room({ records });
    const alice = await first.join('alice');
    const vote = concludedVote();
    await alice.act('teller', 'tell', { vote });
    await first.room.close();
    expect(await storedVotes(records, first)).toEqual([vote]);

    const next = room({ records, roomId: first.room.id });
    // The first to come joins while the minutes load: the stored votes follow the join state.
    const bob = await next.join('bob');
    expect(joinedVotes(bob)).toEqual([]);
    expect(bob.inbox.events('minutes', 'voteConcluded')).toEqual([{ ns: 'minutes', event: 'voteConcluded', vote }]);
    expect(joinedVotes(await next.join('carol'))).toEqual([vote]);
    // Known after reopening: told again, it is neither announced nor stored a second time.
    await bob.act('teller', 'tell', { vote });
    expect(bob.inbox.events('minutes', 'voteConcluded')).toHaveLength(1);
    expect(await storedVotes(records, next)).toEqual([vote]);
  });

  it('aRollCallsNamesAreStoredAndKnownAgainWhenTheRoomReopens', async () => {
    const records = new MemoryRecordStore();
    const first = room({ records });
    const alice = await first.join('alice');
    const roll = { ballots: [{ name: 'Anna Amtsrat', choice: 'no' as const }], notVoted: ['Ben Berger'] };
    const vote = concludedVote({ roll });
    await alice.act('teller', 'tell', { vote });
    await first.room.close();
    const next = room({ records, roomId: first.room.id });
    await next.join('bob');
    expect(joinedVotes(await next.join('carol'))).toEqual([vote]);
  });
});

describe('who gets changes', () => {
  it('onlyConnectionsThatSyncedGetUpdates', async () => {
    const test = room();
    const alice = await test.join('alice');
    const bob = await test.join('bob');
    const carol = await test.join('carol');
    await bob.act('minutes', 'sync', { stateVector: emptyVector });
    await alice.act('minutes', 'update', { update: anUpdate('Beginn 18:00') });
    expect(alice.inbox.errors()).toEqual([]);
    expect(bob.inbox.events('minutes', 'updated')).toHaveLength(1);
    expect(carol.inbox.events('minutes', 'updated')).toEqual([]);
    expect(alice.inbox.events('minutes', 'updated')).toEqual([]);
  });

  it('aSecondDeviceGetsUpdatesOnlyOnceItSynced', async () => {
    const test = room();
    const alice = await test.join('alice');
    const bob = await test.join('bob');
    await bob.act('minutes', 'sync', { stateVector: emptyVector });
    const other = await bob.addDevice();
    await alice.act('minutes', 'update', { update: anUpdate('eins') });
    expect(bob.inbox.events('minutes', 'updated')).toHaveLength(1);
    expect(test.inbox(other).events('minutes', 'updated')).toEqual([]);
  });

  it('aDroppedConnectionStopsGettingUpdatesAndItsSuccessorGetsThemAfterSyncing', async () => {
    const test = room();
    const alice = await test.join('alice');
    const bob = await test.join('bob');
    await bob.act('minutes', 'sync', { stateVector: emptyVector });
    const dropped = bob.inbox;
    await bob.drop();
    await alice.act('minutes', 'update', { update: anUpdate('während weg') });
    expect(dropped.events('minutes', 'updated')).toEqual([]);

    const resumed = await bob.reconnect();
    await alice.act('minutes', 'update', { update: anUpdate('vor dem Sync') });
    expect(resumed.events('minutes', 'updated')).toEqual([]);
    await bob.act('minutes', 'sync', { stateVector: emptyVector });
    await alice.act('minutes', 'update', { update: anUpdate('nach dem Sync') });
    expect(resumed.events('minutes', 'updated')).toHaveLength(1);
    expect(dropped.events('minutes', 'updated')).toEqual([]);
  });
});
