import type { CommandOf, EventOf } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../base64.js';
import { addAgendaItem, agendaItems, moveAgendaItem, notesOf } from '../minutesDocument.js';
import type { MinutesProtocol } from '../protocol.js';
import { NotesBinding, type TextareaLike } from '../ui/NotesBinding.js';
import { MinutesSession } from './MinutesSession.js';

type Event = Extract<EventOf<MinutesProtocol>, { event: 'synced' | 'updated' }>;

/**
 * A fake room: one server doc; commands and events wait in a queue until `deliver`, so that both writers can type
 * before they see each other's changes.
 */
function room() {
  const server = new Y.Doc();
  const queue: (() => void)[] = [];
  const sessions: MinutesSession[] = [];
  const join = () => {
    const session = new MinutesSession();
    session.sync.setCanWrite(true);
    const index = sessions.push(session) - 1;
    const to = (target: MinutesSession, event: Event) => queue.push(() => target.sync.receive(event));
    const send = (command: CommandOf<MinutesProtocol>) =>
      queue.push(() => {
        if (command.action === 'sync') {
          const update = toBase64(Y.encodeStateAsUpdate(server, fromBase64(command.stateVector)));
          to(session, {
            event: 'synced',
            update,
            part: 0,
            parts: 1,
            stateVector: toBase64(Y.encodeStateVector(server)),
          });
        } else if (command.action === 'update') {
          Y.applyUpdate(server, fromBase64(command.update));
          for (const other of sessions)
            if (other !== session && other.started)
              to(other, { event: 'updated', update: command.update, by: `p${index}` as never });
        }
      });
    session.start(send);
    return session;
  };
  const deliver = () => {
    while (queue.length > 0) queue.shift()?.();
  };
  return { server, join, deliver };
}

class Field implements TextareaLike {
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
}

/** Types `text` at `at` in `field` character by character, as a browser does, telling the binding each time. */
function typeAt(field: Field, binding: NotesBinding, at: number, text: string): void {
  field.setSelectionRange(at, at);
  for (const char of text) {
    const caret = field.selectionStart;
    field.value = field.value.slice(0, caret) + char + field.value.slice(caret);
    field.setSelectionRange(caret + 1, caret + 1);
    binding.input();
  }
}

describe('MinutesSession', () => {
  it('twoWritersTypingAtOnceConvergeWithoutLosingText', () => {
    const { server, join, deliver } = room();
    const ann = join();
    const ben = join();
    addAgendaItem(ann.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    notesOf(ann.doc, 'i1').insert(0, 'Anfang. Ende.');
    deliver();
    expect(notesOf(ben.doc, 'i1').toString()).toBe('Anfang. Ende.');
    const annField = new Field();
    const benField = new Field();
    const annBinding = new NotesBinding(annField, notesOf(ann.doc, 'i1'));
    const benBinding = new NotesBinding(benField, notesOf(ben.doc, 'i1'));
    for (let round = 0; round < 5; round++) {
      typeAt(annField, annBinding, 7 + round * 2, 'a ');
      typeAt(benField, benBinding, benField.value.length, ` b${round}`);
      if (round % 2 === 0) deliver();
    }
    deliver();
    const expected = notesOf(server, 'i1').toString();
    expect(annField.value).toBe(expected);
    expect(benField.value).toBe(expected);
    expect(notesOf(ann.doc, 'i1').toString()).toBe(expected);
    expect(expected.match(/a /g)).toHaveLength(5);
    for (let round = 0; round < 5; round++) expect(expected).toContain(` b${round}`);
    expect(expected.startsWith('Anfang.')).toBe(true);
  });

  it('aWriterKeepsTypingInPlaceWhileTheOtherTypesBeforeIt', () => {
    const { join, deliver } = room();
    const ann = join();
    const ben = join();
    notesOf(ann.doc, 'i1').insert(0, 'Zeile eins.\nZeile zwei.');
    deliver();
    const annField = new Field();
    const annBinding = new NotesBinding(annField, notesOf(ann.doc, 'i1'));
    const benField = new Field();
    const benBinding = new NotesBinding(benField, notesOf(ben.doc, 'i1'));
    typeAt(annField, annBinding, annField.value.length, ' Und');
    typeAt(benField, benBinding, 0, '# ');
    deliver();
    // Ann's caret moved with her text; she goes on typing where she was.
    expect(annField.selectionStart).toBe(annField.value.length);
    typeAt(annField, annBinding, annField.selectionStart, ' drei.');
    deliver();
    expect(benField.value).toBe('# Zeile eins.\nZeile zwei. Und drei.');
  });

  it('aConcurrentDoubleMoveDoesNotDuplicateTheItem', () => {
    const { server, join, deliver } = room();
    const ann = join();
    const ben = join();
    for (const id of ['a', 'b', 'c']) addAgendaItem(ann.doc, { id, title: id.toUpperCase(), prepared: false });
    deliver();
    moveAgendaItem(ann.doc, 'c', -1);
    moveAgendaItem(ben.doc, 'c', -1);
    deliver();
    for (const doc of [ann.doc, ben.doc, server]) expect(agendaItems(doc).map((i) => i.id)).toEqual(['a', 'c', 'b']);
  });

  it('aResumedSessionSendsWhatItMissedAndWhatItTyped', () => {
    const { server, join, deliver } = room();
    const ann = join();
    deliver();
    ann.suspend();
    notesOf(ann.doc, 'i1').insert(0, 'offline');
    notesOf(server, 'i1').insert(0, 'online ');
    const queue: CommandOf<MinutesProtocol>[] = [];
    ann.start((command) => queue.push(command));
    const sync = queue.shift();
    if (sync?.action !== 'sync') throw new Error('expected sync');
    ann.sync.receive({
      event: 'synced',
      update: toBase64(Y.encodeStateAsUpdate(server, fromBase64(sync.stateVector))),
      part: 0,
      parts: 1,
      stateVector: toBase64(Y.encodeStateVector(server)),
    });
    const back = queue.shift();
    if (back?.action !== 'update') throw new Error('expected update');
    Y.applyUpdate(server, fromBase64(back.update));
    expect(notesOf(server, 'i1').toString()).toBe(notesOf(ann.doc, 'i1').toString());
    expect(notesOf(server, 'i1').toString()).toContain('offline');
  });

  it('countsChangesForViewsAndStopsTellingAnUnsubscribedOne', () => {
    const session = new MinutesSession();
    let calls = 0;
    const stop = session.subscribe(() => calls++);
    notesOf(session.doc, 'x').insert(0, 'a');
    expect(session.revision).toBe(1);
    stop();
    notesOf(session.doc, 'x').insert(0, 'b');
    expect(calls).toBe(1);
    expect(session.revision).toBe(2);
  });
});
