import * as Y from 'yjs';
import { type AgendaItem, MinutesEntry } from './protocol.js';

/**
 * The shape of a minutes document, one place for server, client and exports. Top-level shared types only (they never
 * conflict when two writers create them at once): `agenda` is a Y.Array of Y.Maps `{id, title, prepared}`; each item's
 * notes are the Y.Text `notes:<id>`, its motions and decisions the Y.Arrays `motions:<id>` and `decisions:<id>` of
 * plain `MinutesEntry` objects. An item removed from the agenda leaves its texts behind, unreferenced.
 */
export const agendaOf = (doc: Y.Doc): Y.Array<Y.Map<unknown>> => doc.getArray<Y.Map<unknown>>('agenda');
export const notesOf = (doc: Y.Doc, itemId: string): Y.Text => doc.getText(`notes:${itemId}`);
export const motionsOf = (doc: Y.Doc, itemId: string): Y.Array<unknown> => doc.getArray(`motions:${itemId}`);
export const decisionsOf = (doc: Y.Doc, itemId: string): Y.Array<unknown> => doc.getArray(`decisions:${itemId}`);

/** Appends an agenda item (in one transaction). */
export function addAgendaItem(doc: Y.Doc, item: AgendaItem): void {
  doc.transact(() => {
    agendaOf(doc).push([itemMap(item)]);
  });
}

function itemMap(item: AgendaItem): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', item.id);
  map.set('title', item.title);
  map.set('prepared', item.prepared);
  return map;
}

/**
 * The agenda as plain items, in order; entries that are not well-formed items are skipped, and so is a repeated id
 * (the first stands): two writers moving the same item at once each insert a copy, which must not show it twice.
 */
export function agendaItems(doc: Y.Doc): AgendaItem[] {
  const items: AgendaItem[] = [];
  const seen = new Set<string>();
  for (const map of agendaOf(doc).toArray()) {
    if (!(map instanceof Y.Map)) continue;
    const { id, title, prepared } = map.toJSON() as Record<string, unknown>;
    if (typeof id !== 'string' || typeof title !== 'string' || seen.has(id)) continue;
    seen.add(id);
    items.push({ id, title, prepared: prepared === true });
  }
  return items;
}

/** Where the item `id` is in the agenda array (its first copy), or -1. */
function indexOf(doc: Y.Doc, id: string): number {
  return agendaOf(doc)
    .toArray()
    .findIndex((map) => map instanceof Y.Map && map.get('id') === id);
}

/** Renames the agenda item `id` (its first copy); false when there is none. */
export function renameAgendaItem(doc: Y.Doc, id: string, title: string): boolean {
  const map = agendaOf(doc).get(indexOf(doc, id));
  if (!(map instanceof Y.Map)) return false;
  map.set('title', title);
  return true;
}

/**
 * Moves the agenda item `id` one place up (-1) or down (+1) among the shown items: deletes its Y.Map and inserts a new
 * one with the same id, title and prepared flag in one transaction (a Y.Map cannot be moved). Its notes, motions and
 * decisions stay (they are keyed by id). False when there is no such item or it is already first/last.
 */
export function moveAgendaItem(doc: Y.Doc, id: string, by: -1 | 1): boolean {
  const items = agendaItems(doc);
  const at = items.findIndex((item) => item.id === id);
  const item = items[at];
  const neighbour = items[at + by];
  if (!item || !neighbour) return false;
  doc.transact(() => {
    const agenda = agendaOf(doc);
    agenda.delete(indexOf(doc, id), 1);
    // Before the neighbour when moving up, after it when moving down.
    const target = indexOf(doc, neighbour.id) + (by === 1 ? 1 : 0);
    agenda.insert(target, [itemMap(item)]);
  });
  return true;
}

/** Removes the agenda item `id` (every copy); its texts stay in the document, unreferenced. */
export function removeAgendaItem(doc: Y.Doc, id: string): boolean {
  const agenda = agendaOf(doc);
  let removed = false;
  doc.transact(() => {
    for (let i = agenda.length - 1; i >= 0; i--) {
      const map = agenda.get(i);
      if (map instanceof Y.Map && map.get('id') === id) {
        agenda.delete(i, 1);
        removed = true;
      }
    }
  });
  return removed;
}

/** Appends a motion or decision to `array` (`motionsOf` / `decisionsOf`). */
export function addEntry(array: Y.Array<unknown>, entry: MinutesEntry): void {
  array.push([MinutesEntry.parse(entry)]);
}

/**
 * Removes the `index`-th well-formed entry of `array` (as `entriesOf` counts them); false when there is none.
 * Malformed values in between are skipped the same way, so the index means what the reader saw.
 */
export function removeEntry(array: Y.Array<unknown>, index: number): boolean {
  const at = rawIndex(array, index);
  if (at === -1) return false;
  array.delete(at, 1);
  return true;
}

/**
 * Sets or clears (`undefined`) whether the `index`-th well-formed entry of `array` (as `entriesOf` counts them) was
 * adopted or rejected, keeping the rest of it; false when there is no such entry.
 */
export function setEntryOutcome(
  array: Y.Array<unknown>,
  index: number,
  outcome: MinutesEntry['outcome'] | undefined,
): boolean {
  const at = rawIndex(array, index);
  if (at === -1) return false;
  const { outcome: _old, ...rest } = MinutesEntry.parse(array.get(at));
  const changed = MinutesEntry.parse(outcome === undefined ? rest : { ...rest, outcome });
  const replace = () => {
    array.delete(at, 1);
    array.insert(at, [changed]);
  };
  if (array.doc) array.doc.transact(replace);
  else replace();
  return true;
}

/** Where the `index`-th well-formed entry is among all values of `array` (malformed ones skipped), or -1. */
function rawIndex(array: Y.Array<unknown>, index: number): number {
  let seen = -1;
  const values = array.toArray();
  for (let i = 0; i < values.length; i++) {
    if (!MinutesEntry.safeParse(values[i]).success) continue;
    seen += 1;
    if (seen === index) return i;
  }
  return -1;
}

/** An array's well-formed entries (a writer's client may have put anything there). */
export function entriesOf(array: Y.Array<unknown>): MinutesEntry[] {
  return array.toArray().flatMap((value) => {
    const parsed = MinutesEntry.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}
