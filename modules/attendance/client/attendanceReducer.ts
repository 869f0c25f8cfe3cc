import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import { listReport } from '../listReport.js';
import type { AttendanceProtocol, ReportFile } from '../protocol.js';

export { LISTED_REPORTS } from '../protocol.js';

export type AttendanceJoinState = JoinStateOf<AttendanceProtocol>;

/** A stored report as the server described it: its asset, whether it lists e-mail addresses, when it stands. */
export type AttendanceReportFile = ReportFile;

/**
 * The attendance report as this client sees it: whether it asked for one and waits for the answer, the reports
 * stored in this meeting (to moderators only: those the server kept when this client joined or became moderator, then
 * each one announced; newest first, at most `LISTED_REPORTS`; forgotten when this client is no moderator any more), to
 * offer their downloads side by side (a list with and one without e-mail addresses, say), and, when this client's
 * latest request was refused as too soon, the seconds it was told to wait (until it asks again or a report comes).
 */
export interface AttendanceState {
  readonly pending: boolean;
  readonly reports: readonly AttendanceReportFile[];
  readonly retryAfterSeconds: number | null;
}

/** Null (module off) when the server sent no attendance state; otherwise idle with the reports it sent. */
export function initAttendance(
  join: AttendanceJoinState | undefined,
  _context?: ModuleContext,
): AttendanceState | null {
  return join ? { pending: false, reports: join.reports, retryAfterSeconds: null } : null;
}

/** The state after this client sent `generate`: waiting until the report or a refusal comes; no refusal shown. */
export function generationRequested(state: AttendanceState): AttendanceState {
  return state.pending && state.retryAfterSeconds === null
    ? state
    : { ...state, pending: true, retryAfterSeconds: null };
}

/**
 * Pure reducer: a stored report joins the front of the list (and ends the wait and any refusal); the list sent to a
 * new moderator replaces it; losing moderator rights forgets it (the server tells this client no more); any refusal
 * ends the wait, `tooSoon` keeping its seconds to show. Returns the same object when nothing changed.
 */
export function attendanceReducer(
  state: AttendanceState,
  input: ModuleInput<AttendanceProtocol>,
  context: ModuleContext,
): AttendanceState {
  switch (input.type) {
    case 'event':
      switch (input.event.event) {
        case 'reportReady': {
          const { assetId, includeEmail, createdAt } = input.event;
          const reports = listReport(state.reports, { assetId, includeEmail, createdAt });
          return { pending: false, reports, retryAfterSeconds: null };
        }
        case 'reportList':
          return { ...state, reports: input.event.reports };
        default:
          return assertNever(input.event);
      }
    case 'error':
      if (input.error.error === 'tooSoon') {
        return { ...state, pending: false, retryAfterSeconds: input.error.retryAfterSeconds };
      }
      return state.pending ? { ...state, pending: false } : state;
    case 'selfChanged':
      return context.self.moderator || state.reports.length === 0 ? state : { ...state, reports: [] };
    case 'participantJoined':
    case 'participantLeft':
      return state;
    default:
      return assertNever(input);
  }
}

/** Where a stored report is downloaded (the server checks that the requester may). */
export function assetUrl(assetId: string): string {
  return `/v1/assets/${encodeURIComponent(assetId)}`;
}
