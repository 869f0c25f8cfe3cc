import { z } from 'zod';

/**
 * A room's past meetings and their files (`GET /v1/rooms/{roomId}/meetings`, owner only), and one file
 * (`GET`/`DELETE /v1/assets/{assetId}`). Files are what modules keep of a meeting: vote protocols and reports, the
 * minutes, the attendance list.
 */

/** The kinds of file modules store today; `AssetView.kind` stays an open string so that a new module's files still list. */
export const knownAssetKinds = [
  'vote-protocol',
  'vote-report',
  'minutes-pdf',
  'minutes-markdown',
  'attendance-pdf',
] as const;
export type KnownAssetKind = (typeof knownAssetKinds)[number];

/** One file of a meeting. */
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

/** One meeting of a room, with its files. */
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

/** Answer of `GET /v1/rooms/{roomId}/meetings`: the newest meetings (at most 100), newest first. */
export const MeetingList = z.object({ meetings: z.array(MeetingView) });
export type MeetingList = z.infer<typeof MeetingList>;

/** The most meetings one page of `GET /v1/meetings/attended` holds. */
export const attendedMeetingsLimit = 50;

/** The shape of a meeting's or an asset's id (128 random bits as 22 base64url characters); anything else names nothing. */
export const meetingIdPattern = /^[A-Za-z0-9_-]{22}$/;

/**
 * Query of `GET /v1/meetings/attended`. `before`: the id of the last meeting of the previous page (its `nextBefore`),
 * to list the meetings that started before it.
 */
export const AttendedMeetingsQuery = z.strictObject({
  before: z.string().regex(meetingIdPattern, 'must be a meeting id').optional(),
});
export type AttendedMeetingsQuery = z.infer<typeof AttendedMeetingsQuery>;

/**
 * Answer of `GET /v1/meetings/attended`: the meetings of the caller's organisation they attended signed in, newest
 * first (at most {@link attendedMeetingsLimit}), each with only the files they may download. `nextBefore` continues
 * the list (null on the last page).
 */
export const AttendedMeetingList = z.object({ meetings: z.array(MeetingView), nextBefore: z.string().nullable() });
export type AttendedMeetingList = z.infer<typeof AttendedMeetingList>;
