import type { AnnouncementOf, ModuleInput } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { AttendanceProtocol } from '../protocol.js';

type Empty = Readonly<Record<string, never>>;

/** What the attendance module announces (the UI has the words). */
export type AttendanceAnnouncements = {
  /** Politely, to moderators: a report can be downloaded. */
  readonly reportReady: Empty;
  // Notices to the requester (a `tooSoon` refusal is said by the form's status line instead).
  readonly noMeeting: Empty;
  /** `storage`: the organisation's storage is full; `internal`: anything else (try again). */
  readonly storeFailed: { readonly reason: 'storage' | 'internal' };
  readonly notAllowed: Empty;
};

/**
 * A stored report is said politely; every other refusal is a notice to the requester. A `tooSoon` refusal is not
 * announced here: the report form's status line (role=status) says it with the wait, once, where the moderator just
 * pressed "Create report".
 */
export function announceAttendance(
  input: ModuleInput<AttendanceProtocol>,
): AnnouncementOf<AttendanceAnnouncements> | null {
  if (input.type === 'event') {
    switch (input.event.event) {
      case 'reportReady':
        return { key: 'reportReady', params: {}, topic: 'report' };
      case 'reportList':
        return null;
      default:
        return assertNever(input.event);
    }
  }
  if (input.type !== 'error') return null;
  const error = input.error;
  switch (error.error) {
    case 'tooSoon':
      return null;
    case 'noMeeting':
      return { key: 'noMeeting', params: {}, notice: true, topic: 'report' };
    case 'storeFailed':
      return { key: 'storeFailed', params: { reason: error.reason }, notice: true, topic: 'report' };
    case 'forbidden':
      return { key: 'notAllowed', params: {}, notice: true, topic: 'report' };
    default:
      return assertNever(error);
  }
}
