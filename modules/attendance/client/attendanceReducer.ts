import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import type { AttendanceProtocol } from '../protocol.js';

export type AttendanceJoinState = JoinStateOf<AttendanceProtocol>;

/** A stored report as the server described it: its asset, whether it lists e-mail addresses, when it stands. */
export interface AttendanceReportFile {
  readonly assetId: string;
  readonly includeEmail: boolean;
  /** Server time (ms since the epoch) the list stands at. */
  readonly createdAt: number;
}

/** At most this many reports are offered in the panel (the newest); all of them stay in the meeting's files. */
export const LISTED_REPORTS = 20;

/**
 * The attendance report as this client sees it: whether it asked for one and waits for the answer, the reports
 * stored in this meeting since it joined (announced to moderators only; newest first, at most `LISTED_REPORTS`), to
 * offer their downloads side by side (a list with and one without e-mail addresses, say), and, when this client's
 * latest request was refused as too soon, the seconds it was told to wait (until it asks again or a report comes).
 */
export interface AttendanceState {
  readonly pending: boolean;
  readonly reports: readonly AttendanceReportFile[];
  readonly retryAfterSeconds: number | null;
}

/** Null (module off) when the server sent no attendance state. */
export function initAttendance(
  join: AttendanceJoinState | undefined,
  _context?: ModuleContext,
): AttendanceState | null {
  return join ? { pending: false, reports: [], retryAfterSeconds: null } : null;
}

/** The state after this client sent `generate`: waiting until the report or a refusal comes; no refusal shown. */
export function generationRequested(state: AttendanceState): AttendanceState {
  return state.pending && state.retryAfterSeconds === null
    ? state
    : { ...state, pending: true, retryAfterSeconds: null };
}

/**
 * Pure reducer: a stored report joins the front of the list (and ends the wait and any refusal); any refusal ends
 * the wait, `tooSoon` keeping its seconds to show. Returns the same object when nothing changed.
 */
export function attendanceReducer(state: AttendanceState, input: ModuleInput<AttendanceProtocol>): AttendanceState {
  switch (input.type) {
    case 'event':
      switch (input.event.event) {
        case 'reportReady': {
          const { assetId, includeEmail, createdAt } = input.event;
          const earlier = state.reports.filter((r) => r.assetId !== assetId);
          const reports = [{ assetId, includeEmail, createdAt }, ...earlier].slice(0, LISTED_REPORTS);
          return { pending: false, reports, retryAfterSeconds: null };
        }
        default:
          return assertNever(input.event.event);
      }
    case 'error':
      if (input.error.error === 'tooSoon') {
        return { ...state, pending: false, retryAfterSeconds: input.error.retryAfterSeconds };
      }
      return state.pending ? { ...state, pending: false } : state;
    case 'selfChanged':
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
