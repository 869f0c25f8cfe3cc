import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';

/**
 * The people a moderator can put on a new list, in the order they arranged (`order`), with
 * those not yet arranged (e.g. who joined since) at the end in join order. The recorder never speaks.
 */
export function arrangedPeople(
  participants: readonly ParticipantInfo[],
  order: readonly ParticipantId[],
): ParticipantInfo[] {
  const present = participants.filter((p) => p.kind !== 'recorder');
  const placed = order.flatMap((id) => present.filter((p) => p.id === id));
  return [...placed, ...present.filter((p) => !order.includes(p.id))];
}

/** `ids` with the entry at `index` swapped with its neighbour above (-1) or below (1); unchanged at the ends. */
export function moved(ids: readonly ParticipantId[], index: number, by: -1 | 1): readonly ParticipantId[] {
  const target = index + by;
  const a = ids[index];
  const b = ids[target];
  if (a === undefined || b === undefined) return ids;
  const result = [...ids];
  result[index] = b;
  result[target] = a;
  return result;
}
