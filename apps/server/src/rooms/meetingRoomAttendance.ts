import type { MeetingPresenceRepository, MeetingRepository } from '@plenum/db';
import type { Clock, RoomAttendance } from '@plenum/room-kit';

/** The parts of the meeting repositories the attendance port reads. */
export interface MeetingAttendanceSource {
  readonly meetings: Pick<MeetingRepository, 'findById'>;
  readonly presence: Pick<MeetingPresenceRepository, 'attendance'>;
}

/**
 * The attendance port of one run of a room: reads the meeting that run records (fixed when the room opens) and its
 * presence rows, sessions still open counted until now. Resolves null when the meeting is not recorded (a room
 * without a tenant, or its row not written). E-mail addresses are read only when asked for. A join or leave of the
 * last few milliseconds may not be written yet (the journal writes behind the room).
 */
export function meetingRoomAttendance(
  source: MeetingAttendanceSource,
  meetingId: string,
  clock: Clock,
): RoomAttendance {
  return {
    list: async ({ includeEmail }) => {
      const meeting = await source.meetings.findById(meetingId);
      if (!meeting) return null;
      const entries = await source.presence.attendance(meetingId, { includeEmail, now: new Date(clock.now()) });
      return {
        title: meeting.title,
        startedAt: Date.parse(meeting.startedAt),
        attendees: entries.map((e) => ({
          displayName: e.displayName,
          kind: e.kind,
          role: e.role,
          registered: e.userId !== null,
          ...(includeEmail ? { email: e.email ?? null } : {}),
          firstJoin: Date.parse(e.firstJoin),
          lastLeave: Date.parse(e.lastLeave),
          presenceMs: e.presenceMs,
        })),
      };
    },
  };
}
