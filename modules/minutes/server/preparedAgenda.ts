import type { RoomRecords } from '@plenum/room-kit';
import * as Y from 'yjs';
import { toBase64 } from '../base64.js';
import { agendaItems, agendaOf, decisionsOf, entriesOf, motionsOf, notesOf } from '../minutesDocument.js';
import type { AgendaItem } from '../protocol.js';
import { MinutesWriter, PREPARED_STREAM, type StoredMinutes } from './MinutesWriter.js';

/** One item of a new agenda: `id` of an item it already has (renamed, moved), or none for a new one. */
export interface AgendaDraftItem {
  readonly id?: string | undefined;
  readonly title: string;
}

/** Why a new agenda is refused (nothing changed): an id the agenda does not have, or one given twice. */
export type AgendaProblem =
  | { readonly kind: 'unknownItem'; readonly id: string }
  | { readonly kind: 'duplicateItem'; readonly id: string };

/** What `replaceAgenda` / `prepareAgenda` did: the agenda as it is now, or why nothing changed. */
export type AgendaOutcome =
  | { readonly ok: true; readonly items: AgendaItem[] }
  | { readonly ok: false; readonly problem: AgendaProblem };

/**
 * Makes the document's agenda exactly `items`, in one transaction, or returns why not (then nothing changed).
 * Items with a known id keep their Y.Map where they can (renamed in place, notes stay attached through the id); an
 * item that has to move is deleted and inserted again as a new Y.Map with the same id, `prepared` flag and other
 * keys (Yjs arrays cannot move an element). Only items out of order move: the longest run already in order stays.
 * Items not listed are removed, with entries that are no agenda items at all and repeated ids (a writer's client may
 * have put them there). New items get `newId()` and `prepared: true`. Titles are taken as given (the caller checks
 * them).
 */
export function replaceAgenda(doc: Y.Doc, items: readonly AgendaDraftItem[], newId: () => string): AgendaOutcome {
  const known = new Set(agendaItems(doc).map((item) => item.id));
  const given = new Set<string>();
  for (const { id } of items) {
    if (id === undefined) continue;
    if (!known.has(id)) return { ok: false, problem: { kind: 'unknownItem', id } };
    if (given.has(id)) return { ok: false, problem: { kind: 'duplicateItem', id } };
    given.add(id);
  }
  const target = items.map((item) => ({ id: item.id ?? newId(), title: item.title, existing: item.id !== undefined }));
  const position = new Map(target.map((item, index) => [item.id, index]));
  doc.transact(() => {
    const agenda = agendaOf(doc);
    // The first map of each listed id, in the array's order; everything else goes.
    const kept = new Map<string, Y.Map<unknown>>();
    const gone: number[] = [];
    agenda.toArray().forEach((map, index) => {
      const id = map instanceof Y.Map ? map.get('id') : undefined;
      if (typeof id === 'string' && position.has(id) && !kept.has(id)) kept.set(id, map);
      else gone.push(index);
    });
    for (const index of gone.reverse()) agenda.delete(index, 1);
    // Those already in the right relative order stay; the others are taken out and put back where they belong.
    const order = agenda.toArray().map((map) => map.get('id') as string);
    const staying = longestIncreasingRun(order.map((id) => position.get(id) ?? 0)).map((i) => order[i]);
    const anchored = new Set(staying);
    for (let index = order.length - 1; index >= 0; index--)
      if (!anchored.has(order[index] ?? '')) agenda.delete(index, 1);
    target.forEach((item, index) => {
      const old = kept.get(item.id);
      if (old && anchored.has(item.id)) {
        if (old.get('title') !== item.title) old.set('title', item.title);
        return;
      }
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(old ? (old.toJSON() as Record<string, unknown>) : {}))
        map.set(key, value);
      map.set('id', item.id);
      map.set('title', item.title);
      if (!old) map.set('prepared', true);
      agenda.insert(index, [map]);
    });
  });
  return { ok: true, items: agendaItems(doc) };
}

/** Indexes of one longest strictly increasing subsequence of `values`, ascending (patience sorting, O(n log n)). */
export function longestIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    previous[index] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = index;
  });
  const run: number[] = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) run.push(index);
  return run.reverse();
}

/** The room's minutes as stored (every stream, the prepared one too), as a document; records that fail are skipped. */
export async function storedMinutes(records: RoomRecords): Promise<Y.Doc> {
  const loaded = await new MinutesWriter(records).load();
  const doc = new Y.Doc();
  for (const update of loaded.updates) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      // Skipped like the module skips it when the room opens.
    }
  }
  return doc;
}

/** The stored agenda, in order. */
export async function storedAgenda(records: RoomRecords): Promise<AgendaItem[]> {
  return (await keptAgenda(records)).items;
}

/** The agenda of a room's stored minutes, and whether any of its items holds minutes written in a meeting. */
export interface KeptAgenda {
  readonly items: AgendaItem[];
  /** Some item has notes (other than blanks), a motion or a decision. */
  readonly keptMinutes: boolean;
}

/**
 * The stored agenda and whether its items hold minutes (notes, motions, decisions) kept from a meeting, which a
 * change of the agenda outside a meeting changes too. Texts of items no longer on the agenda do not count: the agenda
 * cannot reach them.
 */
export async function keptAgenda(records: RoomRecords): Promise<KeptAgenda> {
  const doc = await storedMinutes(records);
  try {
    const items = agendaItems(doc);
    const keptMinutes = items.some(
      ({ id }) =>
        notesOf(doc, id).toString().trim() !== '' ||
        entriesOf(motionsOf(doc, id)).length > 0 ||
        entriesOf(decisionsOf(doc, id)).length > 0,
    );
    return { items, keptMinutes };
  } finally {
    doc.destroy();
  }
}

/**
 * Prepares the agenda outside a meeting: loads the stored minutes, makes the agenda `items` (see `replaceAgenda`)
 * and appends exactly that change to `PREPARED_STREAM`, where the minutes module finds it when the room opens next.
 * Nothing is written when the agenda is already so, or when it is refused. The caller makes sure no meeting of the
 * room runs (its module would not see the change until the room opens again, and it would not be lost either).
 */
export async function prepareAgenda(
  records: RoomRecords,
  items: readonly AgendaDraftItem[],
  newId: () => string,
): Promise<AgendaOutcome> {
  const doc = await storedMinutes(records);
  try {
    let change: Uint8Array | undefined;
    doc.on('update', (update: Uint8Array) => {
      change = update;
    });
    const outcome = replaceAgenda(doc, items, newId);
    if (outcome.ok && change) {
      const body: StoredMinutes = { kind: 'update', update: toBase64(change) };
      await records.append(PREPARED_STREAM, body, null);
    }
    return outcome;
  } finally {
    doc.destroy();
  }
}
