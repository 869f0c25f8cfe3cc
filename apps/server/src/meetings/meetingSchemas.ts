import { z } from 'zod';

/**
 * REST views of meetings and their assets. Kept here until the web app needs them; then they move to
 * `@plenum/protocol` like the other views.
 */
export const AssetView = z.object({
  id: z.string(),
  /** What it is (`vote-protocol`, `vote-report`, `minutes-pdf`, `minutes-markdown`, `attendance-pdf`). */
  kind: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  /** Lower-case hex SHA-256 of the bytes, to check a download against. */
  sha256: z.string(),
  /** Who besides the room's owner may download it (and only if they attended): moderators, or every participant. */
  visibility: z.enum(['moderators', 'participants']),
  createdAt: z.iso.datetime(),
  /** `GET` downloads it. */
  url: z.string(),
});
export type AssetView = z.infer<typeof AssetView>;

export const MeetingView = z.object({
  id: z.string(),
  /** The room's title when the meeting started. */
  title: z.string(),
  startedAt: z.iso.datetime(),
  /** Null while it runs (or if the server stopped without closing it). */
  endedAt: z.iso.datetime().nullable(),
  assets: z.array(AssetView),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const MeetingList = z.object({ meetings: z.array(MeetingView) });
export type MeetingList = z.infer<typeof MeetingList>;

/** Path parameters of `/v1/assets/{assetId}`; the id's shape is checked before any lookup. */
export const AssetParams = z.object({ assetId: z.string() });

/** The newest meetings `GET /v1/rooms/{roomId}/meetings` shows. */
export const meetingListLimit = 100;
