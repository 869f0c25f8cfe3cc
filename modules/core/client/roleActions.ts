import type { ParticipantInfo } from '../protocol.js';

/** The role change a moderator may offer for a participant, or none. */
export type RoleAction = 'promote' | 'demote';

/** Whether `participant` has moderator rights (the owner is a moderator too). */
export function isModerator(participant: Pick<ParticipantInfo, 'role'> | undefined): boolean {
  return participant?.role === 'moderator';
}

/**
 * What `viewer` may do to `target`'s role, mirroring the server's rules so the UI never offers
 * a command that is bound to be refused: only moderators change roles; the owner's role never
 * changes; guests, phone callers, room systems and recorders can never be moderators. A
 * moderator may remove their own rights.
 */
export function roleAction(
  viewer: Pick<ParticipantInfo, 'role'> | undefined,
  target: Pick<ParticipantInfo, 'role' | 'owner' | 'kind'>,
): RoleAction | null {
  if (!isModerator(viewer) || target.owner) return null;
  if (target.role === 'moderator') return 'demote';
  if (target.role === 'guest' || target.kind !== 'browser') return null;
  return 'promote';
}
