import { type ReportSettings, renderPdf, reportClock } from '@plenum/reports';
import { RoomAssetRefused, type RoomAssets, type RoomAttendance } from '@plenum/room-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import * as Y from 'yjs';
import { minutesContent } from '../minutesContent.js';
import { minutesMarkdown } from '../minutesMarkdown.js';
import type { ExportVisibility, MinutesFiles } from '../protocol.js';
import { minutesReport } from './minutesReport.js';

/** The time zone the exports print times in: the administrations' own. */
const TIME_ZONE = 'Europe/Berlin';

export interface MinutesExportRequest extends ReportSettings {
  /** The document as it was when the export was asked for (`Y.encodeStateAsUpdate`). */
  readonly snapshot: Uint8Array;
  /** The room's concluded votes then: linked decisions print their results from these. */
  readonly votes: readonly ConcludedVote[];
  readonly visibility: ExportVisibility;
  /** The requesting moderator's account: the files' creator. */
  readonly createdBy: string | null;
  /** When it was asked for (ms since the epoch): the files' creation time and the minutes' "as of". */
  readonly exportedAt: number;
  /** The files' name without extension (`MinutesFileNames`): `.pdf` and `.md` are added. */
  readonly name: string;
  /** The names of those who wrote the minutes in this meeting (the "Protokollführung"). */
  readonly minuteTakers: readonly string[];
  /** Set when the document holds only minutes of an earlier meeting: the attendance is not read (see `minutesContent`). */
  readonly earlierMeeting?: { readonly lastChangedAt: number | null };
  /** Set when the document continues an earlier meeting's minutes in this one: the minutes say so (`minutesContent`). */
  readonly continues?: { readonly lastChangedAt: number | null };
}

/** Why nothing was announced: a storage limit (the tenant's quota, the largest file) or anything else. */
export class MinutesExportFailure extends Error {
  constructor(
    readonly reason: 'storage' | 'internal',
    options: { cause: unknown },
  ) {
    super(`minutes not exported: ${reason}`, options);
  }
}

/** The assets port's refusals that are about room for files (the tenant's quota, the largest file). */
const isStorageLimit = (error: unknown): boolean => error instanceof RoomAssetRefused && error.reason !== 'other';

/**
 * Reads the meeting's attendance (never e-mail addresses), renders the minutes from the snapshot as a PDF
 * (`minutes-pdf`) and as Markdown (`minutes-markdown`) from one content, and stores both as assets of the meeting
 * with the requested visibility. Minutes of an earlier meeting (`earlierMeeting`) are exported without this meeting's
 * attendance. A room that records no meeting is still exported: the date is the export's, and
 * the attendance says it was not recorded (no one's presence is claimed or denied). The PDF is stored first: it is
 * the larger file, so a full quota usually refuses it before anything is kept; a refusal of the Markdown after it
 * leaves the PDF stored but unannounced (the assets port cannot delete). Rejects with a `MinutesExportFailure`.
 */
export async function storeMinutesExport(
  attendance: RoomAttendance,
  assets: RoomAssets,
  request: MinutesExportRequest,
): Promise<MinutesFiles> {
  let pdf: Buffer;
  let markdown: string;
  const doc = new Y.Doc();
  try {
    const meeting = request.earlierMeeting ? null : await attendance.list({ includeEmail: false });
    Y.applyUpdate(doc, request.snapshot);
    const content = minutesContent(doc, {
      language: request.language,
      meeting,
      votes: request.votes,
      exportedAt: request.exportedAt,
      minuteTakers: request.minuteTakers,
      clock: reportClock(request.language, TIME_ZONE),
      earlierMeeting: request.earlierMeeting,
      continues: request.continues,
    });
    const createdAt = new Date(request.exportedAt).toISOString();
    pdf = await renderPdf(
      minutesReport(content, { organisation: request.organisation, createdAt, timeZone: TIME_ZONE }),
    );
    markdown = minutesMarkdown(content);
  } catch (cause) {
    throw new MinutesExportFailure('internal', { cause });
  } finally {
    doc.destroy();
  }
  const name = request.name;
  const spec = { visibility: request.visibility, createdBy: request.createdBy };
  try {
    const stored = await assets.store(
      { ...spec, kind: 'minutes-pdf', filename: `${name}.pdf`, mediaType: 'application/pdf' },
      pdf,
    );
    const md = await assets.store(
      { ...spec, kind: 'minutes-markdown', filename: `${name}.md`, mediaType: 'text/markdown; charset=utf-8' },
      new TextEncoder().encode(markdown),
    );
    return {
      pdfAssetId: stored.id,
      markdownAssetId: md.id,
      visibility: request.visibility,
      exportedAt: request.exportedAt,
    };
  } catch (cause) {
    throw new MinutesExportFailure(isStorageLimit(cause) ? 'storage' : 'internal', { cause });
  }
}
