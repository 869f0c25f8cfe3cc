/** A change of a Y.Text as its `observe` event reports it (`event.delta`). */
export type TextDelta = readonly {
  readonly retain?: number;
  readonly insert?: unknown;
  readonly delete?: number;
}[];

/** A textarea's selection; `start === end` is a caret. */
export interface Selection {
  readonly start: number;
  readonly end: number;
}

/**
 * Where `position` of the old text is in the new one after someone else's change `delta`: text inserted before it
 * pushes it right, text deleted before it pulls it left, a deletion across it puts it where the deletion was. Text
 * inserted exactly at it pushes it right when `stickToNext` (the position stays before the same character), else not.
 */
export function mapPosition(position: number, delta: TextDelta, stickToNext: boolean): number {
  let at = 0;
  let moved = position;
  for (const op of delta) {
    if (at > position || (at === position && !stickToNext && op.insert !== undefined)) break;
    if (op.retain !== undefined) at += op.retain;
    else if (op.delete !== undefined) {
      moved -= Math.min(op.delete, position - at);
      at += op.delete;
    } else if (op.insert !== undefined) moved += insertedLength(op.insert);
  }
  return moved;
}

/**
 * The selection after someone else's change: it keeps covering the same text, never grows by text inserted at its
 * edges; a caret stays after the character it was after. That is where the writer's own text ends: when two people
 * type at the same place, the other's characters arrive exactly at the caret, and a caret pushed past them would
 * interleave the two texts letter by letter.
 */
export function mapSelection(selection: Selection, delta: TextDelta): Selection {
  if (selection.start === selection.end) {
    const caret = mapPosition(selection.start, delta, false);
    return { start: caret, end: caret };
  }
  const start = mapPosition(selection.start, delta, true);
  return { start, end: Math.max(start, mapPosition(selection.end, delta, false)) };
}

/** An insert of a Y.Text delta is a string; an embed counts as one character. */
const insertedLength = (insert: unknown): number => (typeof insert === 'string' ? insert.length : 1);
