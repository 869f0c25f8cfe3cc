import type { MeetingAsset, MeetingPresenceRepository, MeetingRepository, RoomStore } from '@plenum/db';
import { meetingIdPattern } from '@plenum/db';
import { RoomId } from '@plenum/protocol';
import type { Principal } from '../auth/Principal.js';

export interface AssetAccessDeps {
  readonly rooms: RoomStore;
  readonly meetings: MeetingRepository;
  readonly presence: MeetingPresenceRepository;
  readonly findAsset: (id: string) => Promise<MeetingAsset | undefined>;
}

/**
 * Who may do what with an asset. The owner of the asset's room (an open room of the user's own tenant) may download
 * and delete it. Others may only download, and only when they attended the meeting as a signed-in user: any role for
 * `participants` assets, owner or moderator for `moderators` assets. Everything else (a malformed id, another tenant,
 * someone who was not there, a deleted room) is the same undefined, so nobody can probe which assets exist.
 *
 * Attendance is read from the presence rows, so once they have expired only the owner can download.
 */
export class AssetAccess {
  readonly #d: AssetAccessDeps;

  constructor(deps: AssetAccessDeps) {
    this.#d = deps;
  }

  async find(user: Principal, assetId: string, wants: 'download' | 'delete'): Promise<MeetingAsset | undefined> {
    if (!meetingIdPattern.test(assetId)) return undefined;
    const asset = await this.#d.findAsset(assetId);
    if (!asset || asset.tenantId !== user.tenantId) return undefined;
    const meeting = await this.#d.meetings.findById(asset.meetingId);
    const roomId = RoomId.safeParse(meeting?.roomId);
    if (!meeting || !roomId.success) return undefined;
    const room = await this.#d.rooms.findInTenant(user.tenantId, roomId.data);
    if (!room) return undefined;
    if (room.ownerId === user.userId) return asset;
    if (wants === 'delete') return undefined;
    const roles = await this.#d.presence.rolesOf(meeting.id, user.userId);
    const allowed =
      asset.visibility === 'participants'
        ? roles.length > 0
        : roles.some((role) => role === 'owner' || role === 'moderator');
    return allowed ? asset : undefined;
  }
}
