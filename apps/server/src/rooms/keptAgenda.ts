import type { AgendaItem } from '@plenum/module-minutes/protocol';
import { agendaItems, decisionsOf, entriesOf, MinutesWriter, motionsOf, notesOf } from '@plenum/module-minutes/server';
import type { RoomRecords } from '@plenum/room-kit';
import * as Y from 'yjs';

/** The agenda of a room's stored minutes, and whether any of its items holds minutes written in a meeting. */
export interface KeptAgenda {
  readonly items: AgendaItem[];
  /** Some item has notes (other than blanks), a motion or a decision. */
  readonly keptMinutes: boolean;
}

/**
 * Reads the room's stored minutes (every stream, the prepared one too; a record that fails is skipped, as the
 * minutes module skips it when the room opens) and tells their agenda and whether its items hold minutes. Texts of
 * items no longer on the agenda do not count: the agenda cannot reach them.
 */
export async function keptAgenda(records: RoomRecords): Promise<KeptAgenda> {
  const { updates } = await new MinutesWriter(records).load();
  const doc = new Y.Doc();
  try {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // Skipped like the module skips it.
      }
    }
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
