import type { ParticipantKind, Role } from './Participant.js';

/** A stretch of time someone was in the meeting, in milliseconds since the epoch. */
export interface RoomPresencePeriod {
  readonly from: number;
  readonly to: number;
}

/** One person's attendance of the room's current meeting, as the attendance report lists it. */
export interface RoomAttendee {
  /** The name of their latest session. */
  readonly displayName: string;
  /** The kind of their first session. */
  readonly kind: ParticipantKind;
  /** The highest role they held at any join. */
  readonly role: Role;
  /** Whether they were signed in (an account stands behind them). */
  readonly registered: boolean;
  /** Only when asked for: the account's e-mail address, null when there is none. Absent otherwise. */
  readonly email?: string | null;
  /** Milliseconds since the epoch. */
  readonly firstJoin: number;
  /** Milliseconds since the epoch; "now" for people still present. */
  readonly lastLeave: number;
  /**
   * When they were present (ms since the epoch), in order, their sessions on all devices merged: a gap between two
   * periods is a time they were not in the meeting. The last ends "now" for people still present. Absent from a
   * source that keeps no periods; then only first join and last leave are known.
   */
  readonly periods?: readonly RoomPresencePeriod[];
  /** Milliseconds present, overlapping sessions (several devices) counted once. */
  readonly presenceMs: number;
}

/** How records sort a person who attended: signed in, a guest (no account), or a phone caller. */
export type AttendeeKind = 'registered' | 'guest' | 'phone';
export const attendeeKinds: readonly AttendeeKind[] = ['registered', 'guest', 'phone'];

/**
 * The records' kind of an attendee, or null for the recorder (a machine, not a person who attended). A phone caller
 * is `phone` whatever else is known; a conference-room system counts like a browser: registered when signed in.
 */
export function attendeeKind(attendee: Pick<RoomAttendee, 'kind' | 'registered'>): AttendeeKind | null {
  switch (attendee.kind) {
    case 'recorder':
      return null;
    case 'phone':
      return 'phone';
    case 'browser':
    case 'roomSystem':
      return attendee.registered ? 'registered' : 'guest';
  }
}

/** The room's current meeting and who attended it. */
export interface RoomAttendanceList {
  /** The room's title when the meeting started. */
  readonly title: string;
  /** Milliseconds since the epoch. */
  readonly startedAt: number;
  readonly attendees: readonly RoomAttendee[];
}

/**
 * Reads the attendance of the room's current meeting (who joined, first join, last leave, total presence) without
 * knowing the server: the host binds it to the meeting this run of the room records, tests use
 * `FakeRoomAttendance`. Asynchronous: call it inside `ctx.spawn`. Resolves null when the room records no meeting;
 * rejects when the history cannot be read. E-mail addresses are personal data: they are read only when asked for.
 */
export interface RoomAttendance {
  list(options: { readonly includeEmail: boolean }): Promise<RoomAttendanceList | null>;
}

/** The room records no meeting (a host without meeting history): there is no attendance to list. */
export const noRoomAttendance: RoomAttendance = {
  list: () => Promise.resolve(null),
};
