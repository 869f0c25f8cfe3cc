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
    const map = new Y.Map<unknown>();
    map.set('id', item.id);
    map.set('title', item.title);
    map.set('prepared', item.prepared);
    agendaOf(doc).push([map]);
  });
}

/** The agenda as plain items, in order; entries that are not well-formed items are skipped. */
export function agendaItems(doc: Y.Doc): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const map of agendaOf(doc).toArray()) {
    if (!(map instanceof Y.Map)) continue;
    const { id, title, prepared } = map.toJSON() as Record<string, unknown>;
    if (typeof id === 'string' && typeof title === 'string') items.push({ id, title, prepared: prepared === true });
  }
  return items;
}

/** An array's well-formed entries (a writer's client may have put anything there). */
export function entriesOf(array: Y.Array<unknown>): MinutesEntry[] {
  return array.toArray().flatMap((value) => {
    const parsed = MinutesEntry.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}
