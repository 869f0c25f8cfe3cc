import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgendaItem,
  addEntry,
  agendaItems,
  agendaOf,
  entriesOf,
  motionsOf,
  moveAgendaItem,
  notesOf,
  removeAgendaItem,
  removeEntry,
  renameAgendaItem,
} from './minutesDocument.js';

function agenda(...titles: string[]) {
  const doc = new Y.Doc();
  for (const title of titles) addAgendaItem(doc, { id: title.toLowerCase(), title, prepared: false });
  return doc;
}
const ids = (doc: Y.Doc) => agendaItems(doc).map((i) => i.id);

describe('minutesDocument', () => {
  it('aRepeatedIdIsShownOnceAtItsFirstPlace', () => {
    const doc = agenda('A', 'B');
    addAgendaItem(doc, { id: 'a', title: 'A again', prepared: true });
    expect(agendaItems(doc)).toEqual([
      { id: 'a', title: 'A', prepared: false },
      { id: 'b', title: 'B', prepared: false },
    ]);
  });

  it('movingReinsertsTheItemWithItsFieldsAndKeepsItsNotes', () => {
    const doc = agenda('A', 'B', 'C');
    renameAgendaItem(doc, 'c', 'Cäsar');
    notesOf(doc, 'c').insert(0, 'Notiz');
    expect(moveAgendaItem(doc, 'c', -1)).toBe(true);
    expect(ids(doc)).toEqual(['a', 'c', 'b']);
    expect(moveAgendaItem(doc, 'a', 1)).toBe(true);
    expect(agendaItems(doc)).toEqual([
      { id: 'c', title: 'Cäsar', prepared: false },
      { id: 'a', title: 'A', prepared: false },
      { id: 'b', title: 'B', prepared: false },
    ]);
    expect(notesOf(doc, 'c').toString()).toBe('Notiz');
    expect(agendaOf(doc).length).toBe(3);
  });

  it('movingPastAnEndOrAnUnknownItemChangesNothing', () => {
    const doc = agenda('A', 'B');
    expect(moveAgendaItem(doc, 'a', -1)).toBe(false);
    expect(moveAgendaItem(doc, 'b', 1)).toBe(false);
    expect(moveAgendaItem(doc, 'x', 1)).toBe(false);
    expect(renameAgendaItem(doc, 'x', 'X')).toBe(false);
    expect(ids(doc)).toEqual(['a', 'b']);
  });

  it('removingTakesEveryCopyOfTheItem', () => {
    const doc = agenda('A', 'B');
    addAgendaItem(doc, { id: 'a', title: 'A', prepared: false });
    expect(removeAgendaItem(doc, 'a')).toBe(true);
    expect(ids(doc)).toEqual(['b']);
    expect(removeAgendaItem(doc, 'a')).toBe(false);
  });

  it('entriesAreCountedAsShownWhenRemoving', () => {
    const doc = new Y.Doc();
    const motions = motionsOf(doc, 'a');
    addEntry(motions, { text: 'Erster' });
    motions.push(['kaputt']);
    addEntry(motions, { text: 'Zweiter', voteId: 'v1', result: 'Ja 1' });
    expect(removeEntry(motions, 1)).toBe(true);
    expect(entriesOf(motions)).toEqual([{ text: 'Erster' }]);
    expect(motions.length).toBe(2);
    expect(removeEntry(motions, 5)).toBe(false);
    expect(() => addEntry(motions, { text: 3 } as never)).toThrow();
  });
});
