import type { RoomAssets } from '@plenum/room-kit';
import type { MeetingAssets } from '../meetings/MeetingAssets.js';

/** The part of `MeetingAssets` a room's files go through. */
export type MeetingFiles = Pick<MeetingAssets, 'put' | 'delete'>;

/**
 * The assets port of one run of a room: every file goes to the meeting that run records, fixed when the room opens,
 * so a file stored while the room closes (a vote ended by the closing) still lands in the right meeting. Quota, size
 * and spec checks are `MeetingAssets.put`'s; its rejections reach the module unchanged. A module removes only files
 * this port stored (`MeetingAssets.delete`: row and bytes go, and with the row its size leaves the tenant's quota);
 * any other id is not touched (false).
 */
export function meetingRoomAssets(files: MeetingFiles, meetingId: string): RoomAssets {
  const storedHere = new Set<string>();
  return {
    store: async (spec, data) => {
      const { kind, filename, mediaType, visibility, createdBy } = spec;
      const asset = await files.put(
        meetingId,
        { kind, filename, mediaType, visibility, createdBy },
        (async function* () {
          yield data;
        })(),
      );
      storedHere.add(asset.id);
      return { id: asset.id };
    },
    remove: async (id) => {
      if (!storedHere.has(id)) return false;
      const deleted = await files.delete(id);
      storedHere.delete(id);
      return deleted;
    },
  };
}
