import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesOf } from '../minutesDocument.js';
import { INSERT_CHUNK, MAX_NOTES_LENGTH, NotesBinding, type TextareaLike } from './NotesBinding.js';

/** A textarea as the binding sees it; `type` does what a keystroke or paste does, then fires `input`. */
class FakeTextarea implements TextareaLike {
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  /** Replaces the selection with `text` and puts the caret after it. */
  type(text: string): void {
    this.value = this.value.slice(0, this.selectionStart) + text + this.value.slice(this.selectionEnd);
    const caret = this.selectionStart + text.length;
    this.setSelectionRange(caret, caret);
  }
}

function bound(initial = '') {
  const doc = new Y.Doc();
  const text = notesOf(doc, 'i1');
  text.insert(0, initial);
  const field = new FakeTextarea();
  const lengths: number[] = [];
  const binding = new NotesBinding(field, text, (n) => lengths.push(n));
  return { doc, text, field, binding, lengths };
}

describe('NotesBinding', () => {
  it('showsTheNotesAndAppliesTypingAsOneSmallEdit', () => {
    const { doc, text, field, binding } = bound('Der Rat tagt.');
    expect(field.value).toBe('Der Rat tagt.');
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    field.setSelectionRange(4, 4);
    field.type('Stadt');
    binding.input();
    expect(text.toString()).toBe('Der StadtRat tagt.');
    expect(updates).toHaveLength(1);
    expect(text.toDelta()).toEqual([{ insert: 'Der StadtRat tagt.' }]);
  });

  it('someoneElseTypingElsewhereKeepsTheCaretAndLosesNothing', () => {
    const { text, field, binding } = bound('Punkt eins. Punkt zwei.');
    field.setSelectionRange(11, 11);
    field.type(' Ja');
    binding.input();
    // Remote: an insert before the caret, and one after it.
    text.insert(0, '- ');
    text.insert(text.length, ' Ende');
    expect(field.value).toBe('- Punkt eins. Ja Punkt zwei. Ende');
    expect(field.selectionStart).toBe(16);
    field.type('!');
    binding.input();
    expect(text.toString()).toBe('- Punkt eins. Ja! Punkt zwei. Ende');
  });

  it('aRemoteChangeWhileComposingWaitsAndBothAreKept', () => {
    const { text, field, binding } = bound('Ende');
    field.setSelectionRange(0, 0);
    binding.compositionStart();
    field.type('日本');
    binding.input();
    text.insert(4, ' gut');
    // Not applied while composing: the input method's text stays untouched.
    expect(field.value).toBe('日本Ende');
    expect(text.toString()).toBe('Ende gut');
    binding.compositionEnd();
    expect(text.toString()).toBe('日本Ende gut');
    expect(field.value).toBe('日本Ende gut');
    expect(field.selectionStart).toBe(2);
  });

  it('aLargePasteGoesInChunksSoEachUpdateStaysSmall', () => {
    const { doc, text, field, binding } = bound();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    field.type('ä'.repeat(INSERT_CHUNK * 2 + 10));
    binding.input();
    expect(text.length).toBe(INSERT_CHUNK * 2 + 10);
    expect(updates).toHaveLength(3);
    for (const update of updates) expect(update.length).toBeLessThan(16 * 1024);
  });

  it('theNotesAreCappedInLength', () => {
    const { text, field, binding, lengths } = bound('x'.repeat(MAX_NOTES_LENGTH - 2));
    field.setSelectionRange(field.value.length, field.value.length);
    field.type('abcd');
    binding.input();
    expect(text.length).toBe(MAX_NOTES_LENGTH);
    expect(field.value).toBe(text.toString());
    expect(lengths.at(-1)).toBe(MAX_NOTES_LENGTH);
  });

  it('stopsFollowingTheTextWhenDestroyed', () => {
    const { text, field, binding } = bound('a');
    binding.destroy();
    text.insert(1, 'b');
    expect(field.value).toBe('a');
  });
});
