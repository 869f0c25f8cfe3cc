import { RoomAssetRefused, type RoomAssets } from '@plenum/room-kit';
import { AssetTooLarge } from '../meetings/AssetStore.js';
import type { MeetingAssets } from '../meetings/MeetingAssets.js';
import { QuotaExceeded } from '../meetings/QuotaExceeded.js';

/** The part of `MeetingAssets` a room's files go through. */
export type MeetingFiles = Pick<MeetingAssets, 'put' | 'delete'>;

/**
 * The assets port of one run of a room: every file goes to the meeting that run records, fixed when the room opens,
 * so a file stored while the room closes (a vote ended by the closing) still lands in the right meeting. Quota, size
 * and spec checks are `MeetingAssets.put`'s; its quota and size refusals reach the module as `RoomAssetRefused`
 * (`quota`, `tooLarge`, the host's error as cause), any other rejection unchanged. A module removes only files
 * this port stored (`MeetingAssets.delete`: row and bytes go, and with the row its size leaves the tenant's quota);
 * any other id is not touched (false).
 */
export function meetingRoomAssets(files: MeetingFiles, meetingId: string): RoomAssets {
  const storedHere = new Set<string>();
  return {
    store: async (spec, data) => {
      const { kind, filename, mediaType, visibility, createdBy } = spec;
      const asset = await files
        .put(
          meetingId,
          { kind, filename, mediaType, visibility, createdBy },
          (async function* () {
            yield data;
          })(),
        )
        .catch((error: unknown) => {
          throw refusal(error);
        });
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

/** The host's quota and size refusals as the port's typed error; anything else as it is. */
function refusal(error: unknown): unknown {
  if (error instanceof QuotaExceeded) return new RoomAssetRefused('quota', { cause: error });
  if (error instanceof AssetTooLarge) return new RoomAssetRefused('tooLarge', { cause: error });
  return error;
}
