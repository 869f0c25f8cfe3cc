import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapSelection, type TextDelta } from './mapSelection.js';

/** The delta Yjs reports for `edit` on a Y.Text holding `text`. */
function deltaOf(text: string, edit: (t: Y.Text) => void): TextDelta {
  const doc = new Y.Doc();
  const t = doc.getText('t');
  t.insert(0, text);
  let delta: TextDelta = [];
  t.observe((event) => {
    delta = event.delta as TextDelta;
  });
  edit(t);
  return delta;
}

const caret = (at: number) => ({ start: at, end: at });
// "Der Rat tagt." with the caret after "Rat" (7).
const text = 'Der Rat tagt.';

describe('mapSelection', () => {
  it('aRemoteInsertBeforeTheCaretMovesItRight', () => {
    expect(
      mapSelection(
        caret(7),
        deltaOf(text, (t) => t.insert(4, 'Stadt')),
      ),
    ).toEqual(caret(12));
  });

  it('aRemoteInsertAfterTheCaretLeavesIt', () => {
    expect(
      mapSelection(
        caret(7),
        deltaOf(text, (t) => t.insert(12, ' heute')),
      ),
    ).toEqual(caret(7));
  });

  it('aRemoteInsertAtTheCaretLeavesItAfterTheWritersOwnText', () => {
    // Someone else typing at the same place: their letters go after the caret, the writer's next ones before them.
    expect(
      mapSelection(
        caret(7),
        deltaOf(text, (t) => t.insert(7, 'e')),
      ),
    ).toEqual(caret(7));
  });

  it('aRemoteInsertInsideASelectionGrowsItButNotAtItsEdges', () => {
    // "Rat" selected (4..7).
    expect(
      mapSelection(
        { start: 4, end: 7 },
        deltaOf(text, (t) => t.insert(5, 'XX')),
      ),
    ).toEqual({ start: 4, end: 9 });
    expect(
      mapSelection(
        { start: 4, end: 7 },
        deltaOf(text, (t) => t.insert(4, 'XX')),
      ),
    ).toEqual({ start: 6, end: 9 });
    expect(
      mapSelection(
        { start: 4, end: 7 },
        deltaOf(text, (t) => t.insert(7, 'XX')),
      ),
    ).toEqual({ start: 4, end: 7 });
  });

  it('aRemoteDeleteBeforeTheCaretMovesItLeft', () => {
    expect(
      mapSelection(
        caret(7),
        deltaOf(text, (t) => t.delete(0, 4)),
      ),
    ).toEqual(caret(3));
  });

  it('aRemoteDeleteAcrossTheCaretPutsItWhereTheDeletionWas', () => {
    expect(
      mapSelection(
        caret(7),
        deltaOf(text, (t) => t.delete(5, 5)),
      ),
    ).toEqual(caret(5));
    expect(
      mapSelection(
        { start: 6, end: 9 },
        deltaOf(text, (t) => t.delete(5, 2)),
      ),
    ).toEqual({ start: 5, end: 7 });
  });

  it('aRemoteDeleteAfterTheCaretLeavesIt', () => {
    expect(
      mapSelection(
        caret(7),
        deltaOf(text, (t) => t.delete(8, 4)),
      ),
    ).toEqual(caret(7));
  });

  it('severalChangesInOneDelta', () => {
    const delta = deltaOf(text, (t) =>
      t.doc?.transact(() => {
        t.insert(0, '>> ');
        t.delete(3 + 4, 3);
        t.insert(3 + 4, 'Kreistag');
      }),
    );
    // ">> Der Kreistag tagt.": the caret after "Rat" stays where "Rat" was cut, before the other writer's "Kreistag"
    // (their text, as if typed at the caret); the one before "." stays before it.
    expect(mapSelection(caret(7), delta)).toEqual(caret(7));
    expect(mapSelection(caret(2), delta)).toEqual(caret(5));
    expect(mapSelection(caret(12), delta)).toEqual(caret(20));
  });
});
