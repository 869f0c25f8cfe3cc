import { CommandEnvelope } from '@plenum/protocol';
import type { RoomRecordStore } from '@plenum/room-kit';
import { MemoryRecordStore } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../base64.js';
import { addAgendaItem, agendaItems, notesOf } from '../minutesDocument.js';
import { MAX_UPDATE_BYTES } from '../protocol.js';
import { joinWithMinutes, minutesFrames, minutesRoom } from './minutesTestRoom.test-support.js';

/** Alice (moderator) writes; Bob and Carol read until granted. Everyone synced to an empty document. */
async function meeting(options: Parameters<typeof minutesRoom>[0] = {}) {
  const room = minutesRoom(options);
  const alice = await joinWithMinutes(room, 'alice');
  const bob = await joinWithMinutes(room, 'bob');
  const carol = await joinWithMinutes(room, 'carol');
  return { room, alice, bob, carol, everyone: [alice, bob, carol] };
}

/** An update made by a doc of its own (a client the test controls byte for byte). */
function foreignUpdate(edit: (doc: Y.Doc) => void): string {
  const doc = new Y.Doc();
  edit(doc);
  return toBase64(Y.encodeStateAsUpdate(doc));
}

describe('editing the minutes', () => {
  it('moderatorsChangesReachEveryone', async () => {
    const { alice, everyone } = await meeting();
    addAgendaItem(alice.doc, { id: 'top1', title: 'Haushalt 2027', prepared: false });
    notesOf(alice.doc, 'top1').insert(0, 'Die Kämmerin stellt den Entwurf vor.');
    for (const c of everyone) await c.settle();
    for (const c of everyone) {
      expect(agendaItems(c.doc)).toEqual([{ id: 'top1', title: 'Haushalt 2027', prepared: false }]);
      expect(notesOf(c.doc, 'top1').toString()).toBe('Die Kämmerin stellt den Entwurf vor.');
    }
    expect(minutesFrames(alice.persona).filter((f) => 'event' in f && f.event === 'updated')).toEqual([]);
  });

  it('twoWritersEditingTheSameNotesAtOnceBothSurvive', async () => {
    const { alice, bob, carol, everyone } = await meeting();
    await alice.persona.act('minutes', 'grantWrite', { participantId: bob.persona.participantId });
    bob.sync.setCanWrite(true);
    notesOf(alice.doc, 'top1').insert(0, 'Beginn 18:00.');
    for (const c of everyone) await c.settle();
    // Both type into the same text before either has seen the other's change.
    notesOf(alice.doc, 'top1').insert(0, 'Alice: ');
    notesOf(bob.doc, 'top1').insert(13, ' Bob: Ende 19:30.');
    for (const c of everyone) await c.settle();
    const text = notesOf(carol.doc, 'top1').toString();
    expect(text).toContain('Alice: ');
    expect(text).toContain(' Bob: Ende 19:30.');
    for (const c of everyone) expect(notesOf(c.doc, 'top1').toString()).toBe(text);
  });

  it('aReadersUpdateIsRefusedAndChangesNothing', async () => {
    const { bob, carol, alice } = await meeting();
    const update = foreignUpdate((d) => notesOf(d, 'top1').insert(0, 'heimlich'));
    await bob.persona.act('minutes', 'update', { update }, 'b1');
    expect(bob.persona.inbox.errors()).toEqual([{ ns: 'minutes', id: 'b1', error: 'readOnly' }]);
    for (const c of [alice, carol])
      expect(minutesFrames(c.persona).filter((f) => 'event' in f && f.event === 'updated')).toEqual([]);
    const late = await joinWithMinutes(alice.persona.test, 'owner');
    expect(notesOf(late.doc, 'top1').toString()).toBe('');
  });

  it('moderatorsGrantAndRevokeWriteAccess', async () => {
    const { alice, bob, carol } = await meeting();
    await alice.persona.act('minutes', 'grantWrite', { participantId: bob.persona.participantId });
    const writers = [bob.persona.participantId];
    for (const c of [alice, bob, carol])
      expect(c.persona.inbox.last('minutes', 'writersChanged')).toEqual({
        ns: 'minutes',
        event: 'writersChanged',
        writers,
      });
    await bob.persona.act('minutes', 'update', { update: foreignUpdate((d) => notesOf(d, 'x').insert(0, 'ok')) }, 'b1');
    expect(bob.persona.inbox.errors()).toEqual([]);
    expect(carol.persona.inbox.last('minutes', 'updated')?.by).toBe(bob.persona.participantId);
    await alice.persona.act('minutes', 'revokeWrite', { participantId: bob.persona.participantId });
    expect(carol.persona.inbox.last('minutes', 'writersChanged')?.writers).toEqual([]);
    await bob.persona.act('minutes', 'update', { update: foreignUpdate((d) => notesOf(d, 'y').insert(0, 'no')) }, 'b2');
    expect(bob.persona.inbox.errors()).toEqual([{ ns: 'minutes', id: 'b2', error: 'readOnly' }]);
  });

  it('aGrantEndsWhenTheWriterLeaves', async () => {
    const { alice, bob, carol } = await meeting();
    await alice.persona.act('minutes', 'grantWrite', { participantId: bob.persona.participantId });
    await bob.persona.act('core', 'leave');
    expect(carol.persona.inbox.last('minutes', 'writersChanged')?.writers).toEqual([]);
  });

  it('grantingSomeoneNotInTheRoomIsRefused', async () => {
    const { alice, bob } = await meeting();
    const participantId = 'nobody-here-0000';
    await alice.persona.act('minutes', 'grantWrite', { participantId }, 'a1');
    expect(alice.persona.inbox.errors()).toEqual([
      { ns: 'minutes', id: 'a1', error: 'unknownParticipant', participantId },
    ]);
    expect(bob.persona.inbox.events('minutes', 'writersChanged')).toEqual([]);
  });

  it('participantsCannotGrantWriteAccess', async () => {
    const { bob, carol, alice } = await meeting();
    await bob.persona.act('minutes', 'grantWrite', { participantId: carol.persona.participantId }, 'b1');
    expect(bob.persona.inbox.errors()).toEqual([
      { ns: 'minutes', id: 'b1', error: 'forbidden', required: 'moderator' },
    ]);
    expect(alice.persona.inbox.events('minutes', 'writersChanged')).toEqual([]);
  });

  it('aMalformedUpdateIsRefusedAndTheDocumentStaysIntact', async () => {
    const { alice, carol } = await meeting();
    notesOf(alice.doc, 'top1').insert(0, 'Stand');
    await alice.settle();
    await alice.persona.act('minutes', 'update', { update: toBase64(new Uint8Array([1, 200, 3, 4, 5, 6, 7])) }, 'a1');
    expect(alice.persona.inbox.errors()).toEqual([
      { ns: 'minutes', id: 'a1', error: 'invalidUpdate', reason: 'malformed' },
    ]);
    notesOf(alice.doc, 'top1').insert(5, ' ok');
    await alice.settle();
    await carol.settle();
    expect(notesOf(carol.doc, 'top1').toString()).toBe('Stand ok');
  });

  it('anUpdateWithAGapInHistoryIsRefused', async () => {
    const { alice } = await meeting();
    const doc = new Y.Doc();
    notesOf(doc, 'n').insert(0, 'first');
    const before = Y.encodeStateVector(doc);
    notesOf(doc, 'n').insert(5, ' second');
    const onlySecond = toBase64(Y.encodeStateAsUpdate(doc, before));
    await alice.persona.act('minutes', 'update', { update: onlySecond }, 'a1');
    expect(alice.persona.inbox.errors()).toEqual([
      { ns: 'minutes', id: 'a1', error: 'invalidUpdate', reason: 'missingHistory' },
    ]);
  });

  it('anOversizedUpdateIsRefusedWithTheLimit', async () => {
    const { alice } = await meeting();
    const update = foreignUpdate((d) => notesOf(d, 'n').insert(0, 'x'.repeat(MAX_UPDATE_BYTES + 10)));
    await alice.persona.act('minutes', 'update', { update }, 'a1');
    expect(alice.persona.inbox.errors()).toEqual([
      { ns: 'minutes', id: 'a1', error: 'updateTooLarge', maxBytes: MAX_UPDATE_BYTES },
    ]);
  });

  it('aFullDocumentRefusesMoreUntilTextIsDeleted', async () => {
    const { alice, carol } = await meeting({ maxDocumentBytes: 4096 });
    // Alice's own doc (the client helper) sends each change; the server refuses the one that would overflow.
    notesOf(alice.doc, 'top1').insert(0, 'a'.repeat(3000));
    await alice.settle();
    notesOf(alice.doc, 'top1').insert(3000, 'b'.repeat(2000));
    await alice.settle();
    expect(alice.persona.inbox.errors()).toContainEqual({ ns: 'minutes', error: 'documentFull', maxBytes: 4096 });
    await carol.settle();
    expect(notesOf(carol.doc, 'top1').toString()).toBe('a'.repeat(3000));
    // Deleting makes room again: the server measures the document before it refuses.
    alice.persona.inbox.clear();
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(carol.doc));
    const before = Y.encodeStateVector(writer);
    notesOf(writer, 'top1').delete(0, 3000);
    await alice.persona.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(writer, before)) });
    const after = Y.encodeStateVector(writer);
    notesOf(writer, 'top1').insert(0, 'c'.repeat(2000));
    await alice.persona.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(writer, after)) }, 'a2');
    expect(alice.persona.inbox.errors()).toEqual([]);
    await carol.settle();
    expect(notesOf(carol.doc, 'top1').toString()).toBe('c'.repeat(2000));
  });
});

describe('minutes outlive the meeting', () => {
  it('theNextMeetingLoadsTheMinutes', async () => {
    const records = new MemoryRecordStore();
    const first = await meeting({ records });
    addAgendaItem(first.alice.doc, { id: 'top1', title: 'Vorbereitet', prepared: true });
    notesOf(first.alice.doc, 'top1').insert(0, 'Notiz');
    await first.alice.settle();
    const roomId = first.room.room.id;
    const next = minutesRoom({ records, roomId });
    const bob = await joinWithMinutes(next, 'bob');
    expect(agendaItems(bob.doc)).toEqual([{ id: 'top1', title: 'Vorbereitet', prepared: true }]);
    expect(notesOf(bob.doc, 'top1').toString()).toBe('Notiz');
  });

  it('aSyncBeforeTheMinutesAreLoadedIsAnsweredOnceTheyAre', async () => {
    const records = new MemoryRecordStore();
    const first = await meeting({ records });
    notesOf(first.alice.doc, 'n').insert(0, 'gespeichert');
    await first.alice.settle();
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: RoomRecordStore = {
      append: (key, body, expiresAt) => records.append(key, body, expiresAt),
      clear: (key) => records.clear(key),
      latest: async (key, limit, now) => {
        await gate;
        return records.latest(key, limit, now);
      },
    };
    const next = minutesRoom({ records: slow, roomId: first.room.room.id });
    const { connectionId, inbox } = next.connect();
    next.room.join(connectionId, { displayName: 'Alice', role: 'moderator', kind: 'browser' });
    const emptyVector = toBase64(Y.encodeStateVector(new Y.Doc()));
    next.room.command(connectionId, CommandEnvelope.parse({ ns: 'minutes', action: 'sync', stateVector: emptyVector }));
    const update = foreignUpdate((d) => notesOf(d, 'm').insert(0, 'zu früh'));
    next.room.command(connectionId, CommandEnvelope.parse({ ns: 'minutes', id: 'a1', action: 'update', update }));
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    expect(inbox.frames.filter((f) => f.ns === 'minutes')).toEqual([{ ns: 'minutes', id: 'a1', error: 'notReady' }]);
    release();
    await next.settle();
    const synced = inbox.last('minutes', 'synced');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(String(synced?.update)));
    expect(notesOf(doc, 'n').toString()).toBe('gespeichert');
    expect(notesOf(doc, 'm').toString()).toBe('');
  });

  it('compactionKeepsTheContentAndShrinksTheRecords', async () => {
    const records = new MemoryRecordStore();
    const first = await meeting({ records, compactAfter: 5 });
    const notes = notesOf(first.alice.doc, 'n');
    for (let i = 0; i < 12; i++) {
      notes.insert(notes.length, `${i};`);
      await first.alice.settle();
    }
    const roomId = first.room.room.id;
    const stored = async (stream: string) =>
      (await records.latest({ room: roomId, module: 'minutes', stream }, 100, 0)).length;
    expect((await stored('minutes')) + (await stored('minutes-alt'))).toBeLessThan(12);
    const next = minutesRoom({ records, roomId });
    const carol = await joinWithMinutes(next, 'carol');
    expect(notesOf(carol.doc, 'n').toString()).toBe('0;1;2;3;4;5;6;7;8;9;10;11;');
  });
});

describe('when the store fails', () => {
  it('aLostWriteIsCoveredByTheNextSnapshot', async () => {
    const records = new MemoryRecordStore();
    let failNext = false;
    const flaky: RoomRecordStore = {
      append: (key, body, expiresAt) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('database away'));
        }
        return records.append(key, body, expiresAt);
      },
      clear: (key) => records.clear(key),
      latest: (key, limit, now) => records.latest(key, limit, now),
    };
    const first = await meeting({ records: flaky });
    failNext = true;
    notesOf(first.alice.doc, 'n').insert(0, 'nicht verloren');
    await first.alice.settle();
    const next = minutesRoom({ records, roomId: first.room.room.id });
    const bob = await joinWithMinutes(next, 'bob');
    expect(notesOf(bob.doc, 'n').toString()).toBe('nicht verloren');
  });
});

describe('reconnecting', () => {
  it('aWriterOfflineEditsReachTheRoomAfterReconnect', async () => {
    const { alice, carol } = await meeting();
    alice.sync.disconnected();
    notesOf(alice.doc, 'n').insert(0, 'offline geschrieben');
    await alice.settle();
    expect(notesOf(carol.doc, 'n').toString()).toBe('');
    await alice.connect();
    await carol.settle();
    expect(notesOf(carol.doc, 'n').toString()).toBe('offline geschrieben');
  });
});
