import type { AssetVisibility } from '@plenum/db';

/** What is known of a signed-in user and one meeting: the roles they held in it, and whether they own its room. */
export interface MeetingStanding {
  readonly roles: readonly string[];
  readonly ownsRoom: boolean;
}

/**
 * Whether a signed-in user may download an asset of this visibility from a meeting of an open room of their tenant:
 * the room's owner always; otherwise only if they attended, any role for `participants` assets and owner or
 * moderator for `moderators` assets. The one rule behind downloads and the list of attended meetings.
 */
export function mayDownload(visibility: AssetVisibility, standing: MeetingStanding): boolean {
  if (standing.ownsRoom) return true;
  return visibility === 'participants'
    ? standing.roles.length > 0
    : standing.roles.some((role) => role === 'owner' || role === 'moderator');
}
