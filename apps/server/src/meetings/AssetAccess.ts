import type {
  GuestSession,
  Meeting,
  MeetingAsset,
  MeetingPresenceRepository,
  MeetingRepository,
  Room,
  RoomStore,
} from '@plenum/db';
import { meetingIdPattern, personKeyOf } from '@plenum/db';
import { RoomId } from '@plenum/protocol';
import { guestIdentityOf } from '../access/guestSession.js';
import type { Principal } from '../auth/Principal.js';
import { mayDownload } from './mayDownload.js';

export interface AssetAccessDeps {
  readonly rooms: RoomStore;
  readonly meetings: MeetingRepository;
  readonly presence: Pick<MeetingPresenceRepository, 'rolesOf' | 'hasPerson'>;
  readonly findAsset: (id: string) => Promise<MeetingAsset | undefined>;
}

/** An asset with the meeting it was made in and that meeting's (open) room. */
interface Located {
  readonly asset: MeetingAsset;
  readonly meeting: Meeting;
  readonly room: Room;
}

/**
 * Who may do what with an asset. The owner of the asset's room (an open room of the user's own tenant) may download
 * and delete it. Others may only download, and only when they attended the meeting: a signed-in user with any role
 * for `participants` assets, as owner or moderator for `moderators` assets; a guest (by their guest session, for its
 * room only) `participants` assets. Everything else (a malformed id, another tenant or room, someone who was not
 * there, a deleted room) is the same undefined, so nobody can probe which assets exist.
 *
 * Attendance is read from the presence rows, so once they have expired only the owner can download.
 */
export class AssetAccess {
  readonly #d: AssetAccessDeps;

  constructor(deps: AssetAccessDeps) {
    this.#d = deps;
  }

  /** The asset if this signed-in user may download or delete it. */
  async forUser(user: Principal, assetId: string, wants: 'download' | 'delete'): Promise<MeetingAsset | undefined> {
    const found = await this.#locate(user.tenantId, assetId);
    if (!found) return undefined;
    const { asset, meeting, room } = found;
    if (room.ownerId === user.userId) return asset;
    if (wants === 'delete') return undefined;
    const roles = await this.#d.presence.rolesOf(meeting.id, user.userId);
    return mayDownload(asset.visibility, { roles, ownsRoom: false }) ? asset : undefined;
  }

  /**
   * The asset if this guest may download it: a `participants` asset of a meeting of the guest session's room that
   * the guest attended under this session. The session must be current (see `findGuestSession`); a session whose
   * link was revoked gets nothing. Guests never delete.
   */
  async forGuest(guest: GuestSession, assetId: string): Promise<MeetingAsset | undefined> {
    if (guest.linkRevoked) return undefined;
    const found = await this.#locate(guest.tenantId, assetId);
    if (!found || found.room.id !== guest.roomId || found.asset.visibility !== 'participants') return undefined;
    const key = personKeyOf(found.meeting.id, guestIdentityOf(guest.idHash));
    return (await this.#d.presence.hasPerson(found.meeting.id, key)) ? found.asset : undefined;
  }

  /** The asset of this tenant with its meeting and open room; undefined for anything else. */
  async #locate(tenantId: string, assetId: string): Promise<Located | undefined> {
    if (!meetingIdPattern.test(assetId)) return undefined;
    const asset = await this.#d.findAsset(assetId);
    if (!asset || asset.tenantId !== tenantId) return undefined;
    const meeting = await this.#d.meetings.findById(asset.meetingId);
    const roomId = RoomId.safeParse(meeting?.roomId);
    if (!meeting || !roomId.success) return undefined;
    const room = await this.#d.rooms.findInTenant(tenantId, roomId.data);
    return room ? { asset, meeting, room } : undefined;
  }
}
