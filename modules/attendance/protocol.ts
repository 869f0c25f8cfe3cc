import { defineProtocol } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/**
 * One report per room and variant (with or without e-mail addresses) at most this often: a PDF of a large meeting
 * takes a moment of the server's time. The other variant may be asked for right after.
 */
export const GENERATE_INTERVAL_MS = 10_000;

/** The id of a stored asset; download it at `/v1/assets/{assetId}`. */
export const AssetId = z.string().min(1).max(200);
export type AssetId = z.infer<typeof AssetId>;

/** At most this many of the meeting's reports are listed (the newest); all of them stay in the meeting's files. */
export const LISTED_REPORTS = 20;

/**
 * A stored report: its asset, whether it lists e-mail addresses, and `createdAt` (server time, ms since the epoch),
 * when it was asked for, the moment the list stands at.
 */
export const ReportFile = z.object({ assetId: AssetId, includeEmail: z.boolean(), createdAt: z.number() });
export type ReportFile = z.infer<typeof ReportFile>;

/** The reports made in this room's run, newest first, at most `LISTED_REPORTS`. */
export const ReportFiles = z.array(ReportFile).max(LISTED_REPORTS);

/**
 * Attendance reports. A moderator asks for a PDF of who attended the room's current meeting (first join, last
 * leave, the periods present of who left and came back, total presence, kind); it is stored as an asset of the meeting that only the meeting's moderators (and the
 * room's owner) may download. E-mail addresses are personal data: they are read and printed only when the moderator
 * asks for them. The report is written in the tenant's language (`tenants set <id> language`), like the vote reports and
 * minutes.
 */
export const attendanceProtocol = defineProtocol({
  ns: 'attendance',
  commands: {
    /** Owner and moderators: makes the attendance report of the meeting so far. */
    generate: z.object({ includeEmail: z.boolean() }),
  },
  events: {
    /**
     * To the requester and every other moderator: a report is stored and can be downloaded. `createdAt` (server
     * time, ms since the epoch) is when it was asked for, the moment the list stands at; with `includeEmail` it
     * describes the file whatever anyone's form now says.
     */
    reportReady: ReportFile,
    /** To someone who just became a moderator: the reports made so far, as in the join state. */
    reportList: z.object({ reports: ReportFiles }),
  },
  errors: {
    forbidden: Forbidden,
    /** The room records no meeting (a host without meeting history): there is nothing to report. */
    noMeeting: z.object({}),
    /**
     * A report of the same variant (with or without e-mail addresses) was asked for in this room less than
     * `intervalSeconds` ago, or is still being made.
     */
    tooSoon: z.object({ retryAfterSeconds: z.number(), intervalSeconds: z.number() }),
    /**
     * No report was kept. `storage`: the organisation's storage is full (its quota, or the largest file allowed):
     * files have to be deleted first; `internal`: the attendance could not be read or the report not made or stored
     * (try again later).
     */
    storeFailed: z.object({ reason: z.enum(['storage', 'internal']) }),
  },
  /**
   * `reports`: to owner and moderators, the reports made since the room started, newest first (older ones and all of
   * them after a restart are listed with the meeting's files); empty for everyone else.
   */
  joinState: z.object({ reports: ReportFiles }),
});
export type AttendanceProtocol = typeof attendanceProtocol;
