import type { Self } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';

/**
 * What a moderator may do to `target`, as the server decides it (the server checks again; these only keep the UI from
 * offering what would be refused). Nobody acts on themselves here.
 */
export function mayModerate(self: Self, target: ParticipantInfo): boolean {
  return self.moderator && target.id !== self.participantId && target.kind !== 'recorder';
}

/** Kick and ban: never the owner; moderators only by the owner. */
export function mayRemove(self: Self, target: ParticipantInfo): boolean {
  if (!mayModerate(self, target) || target.owner === true) return false;
  return target.role !== 'moderator' || self.owner;
}

/** Guests and phone callers; the server refuses phone callers with an account. */
export function mayRename(self: Self, target: ParticipantInfo): boolean {
  return mayModerate(self, target) && (target.role === 'guest' || target.kind === 'phone');
}
