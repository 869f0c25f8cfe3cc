import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import type { AttendanceProtocol } from '../protocol.js';

export type AttendanceJoinState = JoinStateOf<AttendanceProtocol>;

/**
 * The attendance report as this client sees it: whether it asked for one and waits for the answer, and the latest
 * report stored in this meeting (announced to moderators only), to offer its download link.
 */
export interface AttendanceState {
  readonly pending: boolean;
  readonly latest: { readonly assetId: string; readonly includeEmail: boolean } | null;
}

/** Null (module off) when the server sent no attendance state. */
export function initAttendance(
  join: AttendanceJoinState | undefined,
  _context?: ModuleContext,
): AttendanceState | null {
  return join ? { pending: false, latest: null } : null;
}

/** The state after this client sent `generate`: waiting until the report or a refusal comes. */
export function generationRequested(state: AttendanceState): AttendanceState {
  return state.pending ? state : { ...state, pending: true };
}

/**
 * Pure reducer: a stored report becomes the latest (and ends the wait); any refusal ends the wait. Returns the same
 * object when nothing changed.
 */
export function attendanceReducer(state: AttendanceState, input: ModuleInput<AttendanceProtocol>): AttendanceState {
  switch (input.type) {
    case 'event':
      switch (input.event.event) {
        case 'reportReady':
          return { pending: false, latest: { assetId: input.event.assetId, includeEmail: input.event.includeEmail } };
        default:
          return assertNever(input.event.event);
      }
    case 'error':
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
