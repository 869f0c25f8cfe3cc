import type { RoomId } from '@plenum/protocol';
import { RoomAssetRefused, type RoomAssets, recordsFor } from '@plenum/room-kit';
import { MemoryRecordStore, MemoryRoomAssets, type TestPersona, type TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../base64.js';
import { addAgendaItem, agendaItems, decisionsOf, motionsOf, notesOf } from '../minutesDocument.js';
import { MINUTES_STREAMS, PREPARED_STREAM } from './MinutesWriter.js';
import { joinWithMinutes, minutesFrames, minutesRoom } from './minutesTestRoom.test-support.js';
import { prepareAgenda } from './preparedAgenda.js';

const ROOM = 'room-minutes-lifecycle' as RoomId;

/** One store for every meeting of the room: each `meeting()` is a new room instance, as when the room opens again. */
function roomOverTime(assets?: () => RoomAssets) {
  const records = new MemoryRecordStore();
  const meeting = () => minutesRoom({ records, roomId: ROOM, ...(assets ? { assets: assets() } : {}) });
  return { records, meeting };
}

/** Alice writes an agenda of two items with notes, a motion and a decision. */
async function writeMinutes(room: TestRoom) {
  const alice = await joinWithMinutes(room, 'alice');
  addAgendaItem(alice.doc, { id: 'top1', title: 'Haushalt 2027', prepared: false });
  addAgendaItem(alice.doc, { id: 'top2', title: 'Stellenplan', prepared: false });
  notesOf(alice.doc, 'top1').insert(0, 'Alte Notiz');
  motionsOf(alice.doc, 'top1').push([{ text: 'Alter Antrag' }]);
  decisionsOf(alice.doc, 'top2').push([{ text: 'Alter Beschluss' }]);
  await alice.settle();
  expect(alice.persona.inbox.errors()).toEqual([]);
  return alice;
}

const minutesJoin = (p: TestPersona) => {
  const modules = p.inbox.last('core', 'joined')?.modules as Record<string, Record<string, unknown>> | undefined;
  return modules?.minutes ?? {};
};
const assetsOf = (room: TestRoom) => (room.assets as MemoryRoomAssets).stored;
const eventsOf = (p: TestPersona, event: string) =>
  minutesFrames(p).filter((f) => 'event' in f && (f as { event: string }).event === event);

describe('minutes carried over from an earlier meeting', () => {
  it('aRoomOpeningWithMinutesOfAnEarlierMeetingSaysSoWithTheirLastChange', async () => {
    const { meeting } = roomOverTime();
    const first = meeting();
    first.clock.advance(90_000);
    const writtenAt = first.clock.now();
    await writeMinutes(first);
    await first.room.close();
    const second = meeting();
    // Alice joins while the minutes load: she is told once they are; Bob's join state says it.
    const alice = await second.join('alice');
    expect(minutesJoin(alice)).toMatchObject({ generation: 0 });
    expect(eventsOf(alice, 'carriedOver')).toEqual([{ ns: 'minutes', event: 'carriedOver', lastChangedAt: writtenAt }]);
    const bob = await second.join('bob');
    expect(minutesJoin(bob)).toMatchObject({ carriedOver: { lastChangedAt: writtenAt } });
  });

  it('anAgendaOnlyPreparedThroughRestIsNoCarriedOverMinutes', async () => {
    const { records, meeting } = roomOverTime();
    let n = 0;
    await prepareAgenda(recordsFor(records, ROOM, 'minutes', Date.now), [{ title: 'Begrüßung' }], () => `p${++n}`);
    const room = meeting();
    const alice = await joinWithMinutes(room, 'alice');
    expect(minutesJoin(alice.persona)).toMatchObject({ carriedOver: null });
    expect(agendaItems(alice.doc).map((i) => i.title)).toEqual(['Begrüßung']);
    // A fresh room is no carried-over meeting either.
    const empty = minutesRoom();
    expect(minutesJoin(await empty.join('alice'))).toMatchObject({ carriedOver: null, generation: 0 });
  });

  it('continuingHidesTheNoticeForEveryoneInThisMeeting', async () => {
    const { meeting } = roomOverTime();
    const first = meeting();
    await writeMinutes(first);
    await first.room.close();
    const room = meeting();
    const alice = await room.join('alice');
    const bob = await room.join('bob', { role: 'moderator' });
    const carol = await room.join('carol');
    await carol.act('minutes', 'continue', {});
    expect(carol.inbox.errors()).toMatchObject([{ ns: 'minutes', error: 'forbidden' }]);
    await alice.act('minutes', 'continue', {});
    for (const p of [alice, bob, carol]) expect(eventsOf(p, 'continued')).toHaveLength(1);
    const later = await room.join('owner');
    expect(minutesJoin(later)).toMatchObject({ carriedOver: null });
    // The content stays.
    const reader = await joinWithMinutes(room, 'guest');
    expect(notesOf(reader.doc, 'top1').toString()).toBe('Alte Notiz');
  });
});

describe('starting new minutes', () => {
  it('exportsChangedMinutesForModeratorsThenStartsANewDocWithTheAgendaTitles', async () => {
    const { records, meeting } = roomOverTime();
    const first = meeting();
    await writeMinutes(first);
    await first.room.close();
    const room = meeting();
    const alice = await joinWithMinutes(room, 'alice');
    const bob = await joinWithMinutes(room, 'bob');
    expect(notesOf(bob.doc, 'top1').toString()).toBe('Alte Notiz');
    // Changed in this meeting: no export holds that yet.
    notesOf(alice.doc, 'top2').insert(0, 'Ergänzt');
    await alice.settle();
    await alice.persona.act('minutes', 'startNew', {});
    // The old minutes are files of this meeting, for moderators, announced to them only.
    const files = assetsOf(room);
    expect(files.map((f) => [f.spec.kind, f.spec.visibility])).toEqual([
      ['minutes-pdf', 'moderators'],
      ['minutes-markdown', 'moderators'],
    ]);
    expect(new TextDecoder().decode(files[1]?.data)).toContain('Alter Beschluss');
    expect(eventsOf(alice.persona, 'exported')).toHaveLength(1);
    expect(eventsOf(bob.persona, 'exported')).toHaveLength(0);
    for (const c of [alice, bob])
      expect(eventsOf(c.persona, 'restarted')).toEqual([
        { ns: 'minutes', event: 'restarted', generation: 1, by: alice.persona.participantId },
      ]);
    // A client of the new generation gets the agenda's titles as new, prepared items, with nothing else.
    const fresh = await joinWithMinutes(room, 'carol');
    expect(minutesJoin(fresh.persona)).toMatchObject({ generation: 1, carriedOver: null });
    const items = agendaItems(fresh.doc);
    expect(items.map((i) => [i.title, i.prepared])).toEqual([
      ['Haushalt 2027', true],
      ['Stellenplan', true],
    ]);
    for (const item of items) {
      expect(item.id).not.toMatch(/^top/);
      expect(notesOf(fresh.doc, item.id).toString()).toBe('');
    }
    // Stored so: the minutes streams are empty, and the next meeting opens the new document, not carried over.
    const view = recordsFor(records, ROOM, 'minutes', Date.now);
    for (const stream of MINUTES_STREAMS) expect(await view.latest(stream, 10)).toEqual([]);
    expect(await view.latest(PREPARED_STREAM, 10)).toHaveLength(1);
    await room.room.close();
    const next = meeting();
    const later = await joinWithMinutes(next, 'alice');
    expect(minutesJoin(later.persona)).toMatchObject({ carriedOver: null });
    expect(agendaItems(later.doc).map((i) => i.title)).toEqual(['Haushalt 2027', 'Stellenplan']);
    expect(notesOf(later.doc, 'top1').toString()).toBe('');
  });

  it('updatesAndSyncsOfTheOldDocAreRefusedAndItsContentNeverReachesTheNewOne', async () => {
    const { meeting } = roomOverTime();
    const first = meeting();
    await writeMinutes(first);
    await first.room.close();
    const room = meeting();
    const alice = await joinWithMinutes(room, 'alice');
    const bob = await joinWithMinutes(room, 'bob', { role: 'moderator' });
    await alice.persona.act('minutes', 'startNew', {});
    // Bob has not taken in `restarted` yet and types into his old document: refused, nothing changes.
    notesOf(bob.doc, 'top2').insert(0, 'Veraltet');
    await bob.settle();
    expect(bob.persona.inbox.errors()).toEqual([{ ns: 'minutes', error: 'staleGeneration', generation: 1 }]);
    // A sync of the old generation is refused too, rather than answered and merged back.
    bob.sync.connected();
    await bob.settle();
    expect(bob.persona.inbox.errors().at(-1)).toEqual({ ns: 'minutes', error: 'staleGeneration', generation: 1 });
    // A client that sends no generation holds generation 0: even its whole old document is refused.
    const old = toBase64(Y.encodeStateAsUpdate(bob.doc));
    await bob.persona.act('minutes', 'update', { update: old });
    expect(bob.persona.inbox.errors()).toHaveLength(3);
    expect(bob.persona.inbox.errors().at(-1)).toEqual({ ns: 'minutes', error: 'staleGeneration', generation: 1 });
    const fresh = await joinWithMinutes(room, 'carol');
    const text = JSON.stringify(fresh.doc.toJSON());
    for (const old of ['Alte Notiz', 'Alter Antrag', 'Alter Beschluss', 'Veraltet']) expect(text).not.toContain(old);
  });

  it('aFailedExportChangesNothingAndTellsTheModerator', async () => {
    const refusing: RoomAssets = { store: () => Promise.reject(new Error('disk')) };
    const room = minutesRoom({ assets: refusing });
    const alice = await writeMinutes(room);
    const bob = await joinWithMinutes(room, 'bob');
    await alice.persona.act('minutes', 'startNew', {});
    expect(eventsOf(alice.persona, 'exportFailed')).toEqual([
      { ns: 'minutes', event: 'exportFailed', reason: 'internal' },
    ]);
    expect(eventsOf(bob.persona, 'restarted')).toEqual([]);
    // The document is still the same and still takes changes.
    notesOf(alice.doc, 'top1').insert(0, 'Neu: ');
    await alice.settle();
    await bob.settle();
    expect(alice.persona.inbox.errors()).toEqual([]);
    expect(notesOf(bob.doc, 'top1').toString()).toBe('Neu: Alte Notiz');
    expect(minutesJoin(await room.join('carol'))).toMatchObject({ generation: 0 });
  });

  it('onlyModeratorsStartNewMinutes', async () => {
    const room = minutesRoom();
    const bob = await room.join('bob');
    await bob.act('minutes', 'startNew', {});
    expect(bob.inbox.errors()).toMatchObject([{ ns: 'minutes', error: 'forbidden' }]);
    expect(assetsOf(room)).toEqual([]);
  });
});

describe('exporting when the room closes', () => {
  it('changesOfThisMeetingAreExportedForModeratorsWhenTheRoomCloses', async () => {
    const { meeting } = roomOverTime();
    const room = meeting();
    await writeMinutes(room);
    await room.room.close();
    const files = assetsOf(room);
    expect(files.map((f) => [f.spec.kind, f.spec.visibility, f.spec.createdBy])).toEqual([
      ['minutes-pdf', 'moderators', null],
      ['minutes-markdown', 'moderators', null],
    ]);
    expect(new TextDecoder().decode(files[1]?.data)).toContain('Alte Notiz');
  });

  it('nothingIsExportedWithoutChangesOrWhenTheLatestExportHoldsThem', async () => {
    const { meeting } = roomOverTime();
    const first = meeting();
    await writeMinutes(first);
    await first.room.close();
    // Carried over, read, but not changed in this meeting.
    const quiet = meeting();
    await joinWithMinutes(quiet, 'alice');
    await quiet.room.close();
    expect(assetsOf(quiet)).toEqual([]);
    // Changed, then exported by hand: the export holds the changes.
    const exported = meeting();
    const alice = await joinWithMinutes(exported, 'alice');
    notesOf(alice.doc, 'top1').insert(0, 'Neu ');
    await alice.settle();
    await alice.persona.act('minutes', 'export', { visibility: 'participants' });
    expect(assetsOf(exported)).toHaveLength(2);
    await exported.room.close();
    expect(assetsOf(exported)).toHaveLength(2);
  });

  it('aFailedExportOnCloseDoesNotHoldUpTheClose', async () => {
    const refusing: RoomAssets = { store: () => Promise.reject(new Error('disk')) };
    const room = minutesRoom({ assets: refusing });
    await writeMinutes(room);
    await expect(room.room.close()).resolves.toBeUndefined();
  });

  it('aFailedExportOnCloseIsToldToTheNextMeetingsModeratorsUntilAnExportIsStored', async () => {
    let meetings = 0;
    const full: RoomAssets = { store: () => Promise.reject(new RoomAssetRefused('quota')) };
    const { meeting } = roomOverTime(() => (meetings++ === 0 ? full : new MemoryRoomAssets()));
    const first = meeting();
    first.clock.advance(60_000);
    await writeMinutes(first);
    const closedAt = first.clock.now();
    await first.room.close();

    const second = meeting();
    const told = { at: closedAt, reason: 'storage' };
    // Alice joins while the minutes load: she is told once they are; the owner's join state says it, Bob's does not.
    const alice = await second.join('alice', { userId: 'u-alice' });
    expect(eventsOf(alice, 'notExportedOnClose')).toEqual([{ ns: 'minutes', event: 'notExportedOnClose', ...told }]);
    const owner = await second.join('owner', { userId: 'u-olga' });
    expect(minutesJoin(owner)).toMatchObject({ notExportedOnClose: told });
    const bob = await second.join('bob');
    expect(minutesJoin(bob)).toMatchObject({ notExportedOnClose: null });
    expect(eventsOf(bob, 'notExportedOnClose')).toEqual([]);

    // An export stands for it: later moderators, and the next meeting's, are not told any more.
    await alice.act('minutes', 'export', { visibility: 'moderators' });
    expect(eventsOf(alice, 'exported')).toHaveLength(1);
    const carol = await second.join('carol', { role: 'moderator' });
    expect(minutesJoin(carol)).toMatchObject({ notExportedOnClose: null });
    await second.room.close();
    const third = meeting();
    const later = await joinWithMinutes(third, 'alice');
    expect(minutesJoin(later.persona)).toMatchObject({ notExportedOnClose: null });
    expect(eventsOf(later.persona, 'notExportedOnClose')).toEqual([]);
  });

  it('aFailureOnCloseThatIsNoStorageLimitIsToldAsInternalAndStartingNewMinutesEndsIt', async () => {
    let meetings = 0;
    const broken: RoomAssets = { store: () => Promise.reject(new Error('disk')) };
    const { meeting } = roomOverTime(() => (meetings++ === 0 ? broken : new MemoryRoomAssets()));
    const first = meeting();
    await writeMinutes(first);
    await first.room.close();
    const second = meeting();
    const alice = await joinWithMinutes(second, 'alice');
    expect(eventsOf(alice.persona, 'notExportedOnClose')).toMatchObject([{ reason: 'internal' }]);
    // New minutes: the old ones are exported on the way, and nothing stands any more.
    await alice.persona.act('minutes', 'startNew', {});
    expect(eventsOf(alice.persona, 'restarted')).toHaveLength(1);
    expect(minutesJoin(await second.join('owner', { userId: 'u-olga' }))).toMatchObject({ notExportedOnClose: null });
  });
});
