import type * as Y from 'yjs';
import { mapPosition, mapSelection, type Selection, type TextDelta } from './mapSelection.js';
import { textChange } from './textChange.js';

/** Most characters of one agenda item's notes; the textarea has it as `maxLength`. */
export const MAX_NOTES_LENGTH = 100_000;
/**
 * Most characters inserted per transaction: at most 3 bytes each in UTF-8, so one update stays below the protocol's
 * `MAX_UPDATE_BYTES` (16 KiB) and a pasted document goes as several updates instead of being refused.
 */
export const INSERT_CHUNK = 4096;

/** What the binding needs of a `<textarea>` (a fake in tests). */
export interface TextareaLike {
  value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  setSelectionRange(start: number, end: number): void;
}

/**
 * Binds a textarea to a Y.Text both ways. Local input (call `input()` after each `input` event) becomes the smallest
 * edit between what was shown and what is there now (`textChange`, placed by the caret), applied in one transaction
 * (bigger insertions in chunks of `INSERT_CHUNK`). Someone else's change replaces the textarea's value and moves its
 * selection through the change (`mapSelection`), so the writer's caret stays at the same place in the text and no
 * typed character is lost. While an input method composes (`compositionStart` … `compositionEnd`) nothing is applied
 * either way: remote changes wait and are merged when the composition ends. Insertions beyond `MAX_NOTES_LENGTH` are
 * cut off.
 */
export class NotesBinding {
  readonly #field: TextareaLike;
  readonly #text: Y.Text;
  readonly #onLength: (length: number) => void;
  /** The origin of this binding's own transactions: its observer skips them. */
  readonly #origin = {};
  /** The text as the textarea showed it after the last exchange with the Y.Text. */
  #shown: string;
  #composing = false;
  /** Remote changes that came while composing, in order, relative to `#shown`. */
  #pending: TextDelta[] = [];
  readonly #observe = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
    if (transaction.origin === this.#origin) return;
    if (this.#composing) {
      this.#pending.push(event.delta as TextDelta);
      return;
    }
    const selection = { start: this.#field.selectionStart, end: this.#field.selectionEnd };
    this.#show(mapSelection(selection, event.delta as TextDelta));
  };

  constructor(field: TextareaLike, text: Y.Text, onLength: (length: number) => void = () => undefined) {
    this.#field = field;
    this.#text = text;
    this.#onLength = onLength;
    this.#shown = text.toString();
    field.value = this.#shown;
    text.observe(this.#observe);
    onLength(this.#shown.length);
  }

  /** The textarea's value changed by the writer (an `input` event). */
  input(): void {
    if (!this.#composing) this.#applyLocal();
  }

  compositionStart(): void {
    this.#composing = true;
  }

  /** The input method is done: its text is applied, and the remote changes that waited are shown. */
  compositionEnd(): void {
    this.#composing = false;
    this.#applyLocal();
  }

  destroy(): void {
    this.#text.unobserve(this.#observe);
  }

  #applyLocal(): void {
    const pending = this.#pending;
    this.#pending = [];
    const change = textChange(this.#shown, this.#field.value, this.#field.selectionEnd);
    if (change === null) {
      if (pending.length > 0)
        this.#show(this.#mapThrough({ start: this.#field.selectionStart, end: this.#field.selectionEnd }, pending));
      return;
    }
    let start = change.index;
    let end = change.index + change.remove;
    for (const delta of pending) {
      start = mapPosition(start, delta, true);
      end = Math.max(start, mapPosition(end, delta, false));
    }
    const room = MAX_NOTES_LENGTH - (this.#text.length - (end - start));
    const insert = change.insert.slice(0, Math.max(0, room));
    const doc = this.#text.doc;
    const apply = (edit: () => void) => (doc ? doc.transact(edit, this.#origin) : edit());
    apply(() => {
      if (end > start) this.#text.delete(start, end - start);
      if (insert !== '') this.#text.insert(start, insert.slice(0, INSERT_CHUNK));
    });
    for (let at = INSERT_CHUNK; at < insert.length; at += INSERT_CHUNK) {
      apply(() => this.#text.insert(start + at, insert.slice(at, at + INSERT_CHUNK)));
    }
    if (pending.length > 0 || insert.length < change.insert.length) {
      const caret = start + insert.length;
      this.#show({ start: caret, end: caret });
    } else {
      this.#shown = this.#field.value;
      this.#onLength(this.#shown.length);
    }
  }

  /** A selection of the shown text through remote changes that waited. */
  #mapThrough(selection: Selection, deltas: readonly TextDelta[]): Selection {
    return deltas.reduce((s, delta) => mapSelection(s, delta), selection);
  }

  #show(selection: Selection): void {
    this.#shown = this.#text.toString();
    this.#field.value = this.#shown;
    this.#field.setSelectionRange(selection.start, selection.end);
    this.#onLength(this.#shown.length);
  }
}
