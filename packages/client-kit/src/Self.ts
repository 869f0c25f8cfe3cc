import type { ParticipantInfo, Role } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';

/** This client as modules see it: who it is and what it may do, from the core roster. */
export interface Self {
  readonly participantId: ParticipantId;
  readonly role: Role;
  /** The room's owner (also a moderator). */
  readonly owner: boolean;
  /** Owner or moderator: may use moderator commands. */
  readonly moderator: boolean;
}

/**
 * `Self` for `participantId` from the roster. A participant the server has not listed (yet)
 * has no rights: modules must never offer a moderator command on a guess.
 */
export function selfOf(participantId: ParticipantId, participants: readonly ParticipantInfo[]): Self {
  const me = participants.find((p) => p.id === participantId);
  const role = me?.role ?? 'participant';
  return { participantId, role, owner: me?.owner === true, moderator: role === 'moderator' };
}

/** Whether two views of this client differ in anything a module may care about. */
export function selfChanged(a: Self, b: Self): boolean {
  return a.participantId !== b.participantId || a.role !== b.role || a.owner !== b.owner;
}
