/** What a module says about a file it hands to the meeting (the server checks it again: `AssetSpec`). */
export interface RoomAssetSpec {
  /** What it is: `vote-protocol`, `vote-report`, `minutes-pdf`, … (a lower-case identifier). */
  readonly kind: string;
  /** The name offered on download; the server makes it safe. */
  readonly filename: string;
  /** `application/pdf`, `application/json`, `text/markdown; charset=utf-8`, … */
  readonly mediaType: string;
  /** Who may download it: the meeting's moderators, or everyone who took part. */
  readonly visibility: 'moderators' | 'participants';
  /** The account that caused it (the vote's initiator); null for the system. */
  readonly createdBy: string | null;
}

/** Why a file was not kept: the tenant's storage quota, the largest file allowed, or anything else. */
export type RoomAssetRefusal = 'quota' | 'tooLarge' | 'other';

/**
 * `RoomAssets.store` refused the file; nothing was kept. `reason` is what a module may tell its users (a full
 * storage is the organisation's to free, anything else may pass); the host's own error is the `cause`.
 */
export class RoomAssetRefused extends Error {
  override readonly name = 'RoomAssetRefused';
  constructor(
    readonly reason: RoomAssetRefusal,
    options?: { cause: unknown },
  ) {
    super(`file not kept: ${reason}`, options);
  }
}

/**
 * Where a module stores generated files (the vote's protocol and report, minutes, attendance lists) as assets of the
 * room's current meeting, without knowing the server: the host binds it to the meeting this run of the room records
 * (`MeetingAssets.put`), tests use `MemoryRoomAssets`. Asynchronous: call it inside `ctx.spawn`. Rejects when the
 * file cannot be kept (quota, size, no meeting), with a `RoomAssetRefused` for the quota and the size; the module
 * decides what that means for its feature.
 */
export interface RoomAssets {
  store(spec: RoomAssetSpec, data: Uint8Array): Promise<{ readonly id: string }>;
  /**
   * Removes a file this port stored (a file made again replaces the old one: `MeetingAssets.delete`, which frees its
   * quota). Resolves false when there is no such file of this port (any more). Optional: a port without it keeps
   * every file.
   */
  remove?(id: string): Promise<boolean>;
}

/** The room keeps no files (a host without meetings): every store is refused. */
export const noRoomAssets: RoomAssets = {
  store: () => Promise.reject(new Error('this room keeps no files (no meeting is recorded)')),
};
