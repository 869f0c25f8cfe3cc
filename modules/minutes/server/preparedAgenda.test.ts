import type { RoomId } from '@plenum/protocol';
import { recordsFor } from '@plenum/room-kit';
import { MemoryRecordStore } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, agendaItems, agendaOf, notesOf } from '../minutesDocument.js';
import { PREPARED_STREAM } from './MinutesWriter.js';
import { joinWithMinutes, minutesRoom } from './minutesTestRoom.test-support.js';
import { longestIncreasingRun, prepareAgenda, replaceAgenda, storedAgenda } from './preparedAgenda.js';

/** Ids `new-1`, `new-2`, … in the order asked for. */
function counter(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

/** A document with the agenda a, b, c (not prepared) and notes on b. */
function docWithThreeItems(): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ['a', 'b', 'c']) addAgendaItem(doc, { id, title: `Item ${id}`, prepared: false });
  notesOf(doc, 'b').insert(0, 'Notiz zu b');
  return doc;
}

/** Every update the document emits from now on. */
function updatesOf(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

describe('replacing the agenda', () => {
  it('newItemsGetFreshIdsAndArePrepared', () => {
    const doc = new Y.Doc();
    const outcome = replaceAgenda(doc, [{ title: 'Begrüßung' }, { title: 'Haushalt' }], counter());
    expect(outcome).toEqual({
      ok: true,
      items: [
        { id: 'new-1', title: 'Begrüßung', prepared: true },
        { id: 'new-2', title: 'Haushalt', prepared: true },
      ],
    });
  });

  it('renamingKeepsTheSameMapAndItsNotes', () => {
    const doc = docWithThreeItems();
    const mapOfB = agendaOf(doc).get(1);
    replaceAgenda(
      doc,
      [
        { id: 'a', title: 'Item a' },
        { id: 'b', title: 'Neu b' },
        { id: 'c', title: 'Item c' },
      ],
      counter(),
    );
    expect(agendaOf(doc).get(1)).toBe(mapOfB);
    expect(agendaItems(doc)[1]).toEqual({ id: 'b', title: 'Neu b', prepared: false });
    expect(notesOf(doc, 'b').toString()).toBe('Notiz zu b');
  });

  it('reorderingKeepsIdsFlagsAndNotesInOneTransaction', () => {
    const doc = docWithThreeItems();
    const mapOfA = agendaOf(doc).get(0);
    const updates = updatesOf(doc);
    const outcome = replaceAgenda(
      doc,
      [
        { id: 'c', title: 'Item c' },
        { id: 'a', title: 'Item a' },
        { id: 'b', title: 'Item b' },
      ],
      counter(),
    );
    expect(outcome.ok && outcome.items.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(agendaItems(doc).every((i) => !i.prepared)).toBe(true);
    expect(notesOf(doc, 'b').toString()).toBe('Notiz zu b');
    // Only c moved: a and b are the longest run in order and keep their maps.
    expect(agendaOf(doc).get(1)).toBe(mapOfA);
    expect(updates).toHaveLength(1);
  });

  it('unlistedItemsAreRemoved', () => {
    const doc = docWithThreeItems();
    replaceAgenda(doc, [{ id: 'c', title: 'Item c' }], counter());
    expect(agendaItems(doc)).toEqual([{ id: 'c', title: 'Item c', prepared: false }]);
  });

  it('anUnknownIdIsRefusedAndChangesNothing', () => {
    const doc = docWithThreeItems();
    const updates = updatesOf(doc);
    const outcome = replaceAgenda(doc, [{ title: 'Neu' }, { id: 'x', title: 'Fremd' }], counter());
    expect(outcome).toEqual({ ok: false, problem: { kind: 'unknownItem', id: 'x' } });
    expect(updates).toEqual([]);
    expect(agendaItems(doc).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('aRepeatedIdIsRefusedAndChangesNothing', () => {
    const doc = docWithThreeItems();
    const updates = updatesOf(doc);
    const outcome = replaceAgenda(
      doc,
      [
        { id: 'a', title: 'A' },
        { id: 'a', title: 'A again' },
      ],
      counter(),
    );
    expect(outcome).toEqual({ ok: false, problem: { kind: 'duplicateItem', id: 'a' } });
    expect(updates).toEqual([]);
  });

  it('theSameAgendaAgainChangesNothing', () => {
    const doc = docWithThreeItems();
    const updates = updatesOf(doc);
    replaceAgenda(doc, agendaItems(doc), counter());
    expect(updates).toEqual([]);
  });

  it('strayEntriesAndRepeatedIdsAreCleanedUp', () => {
    const doc = docWithThreeItems();
    agendaOf(doc).push([new Y.Map()]);
    addAgendaItem(doc, { id: 'a', title: 'copy of a', prepared: false });
    replaceAgenda(
      doc,
      [
        { id: 'a', title: 'Item a' },
        { id: 'b', title: 'Item b' },
      ],
      counter(),
    );
    expect(agendaItems(doc).map((i) => i.id)).toEqual(['a', 'b']);
    expect(agendaOf(doc).length).toBe(2);
  });

  it('anyOrderComesOutRight', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const orders = [
      ['e', 'd', 'c', 'b', 'a'],
      ['b', 'a', 'd', 'c', 'e'],
      ['a', 'c', 'e', 'b', 'd'],
      ['d', 'a'],
    ];
    for (const order of orders) {
      const doc = new Y.Doc();
      for (const id of ids) addAgendaItem(doc, { id, title: id, prepared: false });
      replaceAgenda(doc, [...order.map((id) => ({ id, title: id })), { title: 'neu' }], counter());
      expect(agendaItems(doc).map((i) => i.id)).toEqual([...order, 'new-1']);
    }
  });
});

describe('the longest increasing run', () => {
  it('findsOneLongestRun', () => {
    expect(longestIncreasingRun([])).toEqual([]);
    expect(longestIncreasingRun([2, 0, 1])).toEqual([1, 2]);
    expect(longestIncreasingRun([0, 1, 2])).toEqual([0, 1, 2]);
    expect(longestIncreasingRun([3, 2, 1]).length).toBe(1);
    const values = [1, 4, 2, 5, 3, 6];
    const run = longestIncreasingRun(values);
    expect(run.length).toBe(4);
    for (let i = 1; i < run.length; i++) expect(values[run[i] ?? 0]).toBeGreaterThan(values[run[i - 1] ?? 0] ?? 0);
  });
});

describe('preparing the agenda before the meeting', () => {
  const roomId = 'room-prepared' as RoomId;
  const setup = () => {
    const store = new MemoryRecordStore();
    return { store, records: recordsFor(store, roomId, 'minutes', () => 0) };
  };

  it('storesOnlyTheChangeInThePreparedStream', async () => {
    const { records } = setup();
    const first = await prepareAgenda(records, [{ title: 'Begrüßung' }, { title: 'Haushalt' }], counter());
    expect(first.ok).toBe(true);
    expect(await records.latest(PREPARED_STREAM, 100)).toHaveLength(1);
    await prepareAgenda(records, [{ id: 'new-2', title: 'Haushalt 2027' }], counter());
    expect(await records.latest(PREPARED_STREAM, 100)).toHaveLength(2);
    expect(await storedAgenda(records)).toEqual([{ id: 'new-2', title: 'Haushalt 2027', prepared: true }]);
  });

  it('writesNothingWhenNothingChangesOrItIsRefused', async () => {
    const { records } = setup();
    await prepareAgenda(records, [{ title: 'Begrüßung' }], counter());
    await prepareAgenda(records, [{ id: 'new-1', title: 'Begrüßung' }], counter());
    const refused = await prepareAgenda(records, [{ id: 'nope', title: 'x' }], counter());
    expect(refused).toEqual({ ok: false, problem: { kind: 'unknownItem', id: 'nope' } });
    expect(await records.latest(PREPARED_STREAM, 100)).toHaveLength(1);
  });

  it('theMeetingOpenedAfterwardsSeesThePreparedAgenda', async () => {
    const { store, records } = setup();
    await prepareAgenda(records, [{ title: 'Begrüßung' }, { title: 'Haushalt' }], counter());
    const room = minutesRoom({ records: store, roomId });
    const alice = await joinWithMinutes(room, 'alice');
    expect(agendaItems(alice.doc)).toEqual([
      { id: 'new-1', title: 'Begrüßung', prepared: true },
      { id: 'new-2', title: 'Haushalt', prepared: true },
    ]);
  });

  it('anItemDeletedInTheMeetingStaysDeletedWhenTheRoomReopens', async () => {
    const { store, records } = setup();
    await prepareAgenda(records, [{ title: 'Begrüßung' }, { title: 'Haushalt' }], counter());
    // compactAfter 1: the meeting's history becomes a snapshot, the prepared record stays and is read again.
    const first = minutesRoom({ records: store, roomId, compactAfter: 1 });
    const alice = await joinWithMinutes(first, 'alice');
    agendaOf(alice.doc).delete(0, 1);
    await alice.settle();
    await first.settle();
    expect(await records.latest(PREPARED_STREAM, 100)).toHaveLength(1);
    const next = minutesRoom({ records: store, roomId });
    const bob = await joinWithMinutes(next, 'bob');
    expect(agendaItems(bob.doc)).toEqual([{ id: 'new-2', title: 'Haushalt', prepared: true }]);
    expect(await storedAgenda(records)).toEqual([{ id: 'new-2', title: 'Haushalt', prepared: true }]);
  });
});
