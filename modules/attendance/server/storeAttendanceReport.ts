import { type ReportLanguage, renderPdf } from '@plenum/reports';
import { RoomAssetRefused, type RoomAssets, type RoomAttendance } from '@plenum/room-kit';
import { attendanceReport, attendanceReportFilename } from './attendanceReport.js';

export interface AttendanceReportRequest {
  readonly includeEmail: boolean;
  readonly language: ReportLanguage;
  /** The requesting moderator's account: the file's creator. */
  readonly createdBy: string | null;
  readonly organisation: string;
  /** Now (ISO 8601): the report's creation time. */
  readonly createdAt: string;
}

/**
 * Why no report was stored: the room records no meeting, reading failed, the storage is full (the tenant's quota or
 * the largest file: `RoomAssetRefused`), or making or storing it failed otherwise.
 */
export class AttendanceReportFailure extends Error {
  constructor(
    readonly reason: 'noMeeting' | 'readFailed' | 'storageFull' | 'storeFailed',
    options?: { cause: unknown },
  ) {
    super(`attendance report not stored: ${reason}`, options);
  }
}

/**
 * Reads the meeting's attendance (e-mail addresses only when asked for), renders the PDF report and stores it as an
 * asset of the meeting that only its moderators may download (`attendance-pdf`). Resolves with the asset's id;
 * rejects with an `AttendanceReportFailure` naming what went wrong.
 */
export async function storeAttendanceReport(
  attendance: RoomAttendance,
  assets: RoomAssets,
  request: AttendanceReportRequest,
): Promise<{ readonly assetId: string }> {
  let list: Awaited<ReturnType<RoomAttendance['list']>>;
  try {
    list = await attendance.list({ includeEmail: request.includeEmail });
  } catch (cause) {
    throw new AttendanceReportFailure('readFailed', { cause });
  }
  if (list === null) throw new AttendanceReportFailure('noMeeting');
  try {
    const pdf = await renderPdf(
      attendanceReport(list, {
        language: request.language,
        includeEmail: request.includeEmail,
        organisation: request.organisation,
        createdAt: request.createdAt,
      }),
    );
    const stored = await assets.store(
      {
        kind: 'attendance-pdf',
        filename: attendanceReportFilename(
          { createdAt: request.createdAt, includeEmail: request.includeEmail },
          request.language,
        ),
        mediaType: 'application/pdf',
        visibility: 'moderators',
        createdBy: request.createdBy,
      },
      pdf,
    );
    return { assetId: stored.id };
  } catch (cause) {
    const full = cause instanceof RoomAssetRefused && cause.reason !== 'other';
    throw new AttendanceReportFailure(full ? 'storageFull' : 'storeFailed', { cause });
  }
}
