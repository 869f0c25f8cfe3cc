import type { ParticipantId } from '@plenum/protocol';
import type { Participant } from '@plenum/room-kit';
import type { SameAccount } from '../protocol.js';

/**
 * The participants that are one account (two devices of one person), grouped in roster order; people without an
 * account are never grouped. What moderators' start forms need to list each person once.
 */
export function sameAccountGroups(participants: Iterable<Participant>): SameAccount {
  const byAccount = new Map<string, ParticipantId[]>();
  for (const p of participants) {
    if (p.userId === null) continue;
    const devices = byAccount.get(p.userId);
    if (devices) devices.push(p.id);
    else byAccount.set(p.userId, [p.id]);
  }
  return [...byAccount.values()].filter((devices) => devices.length > 1);
}
