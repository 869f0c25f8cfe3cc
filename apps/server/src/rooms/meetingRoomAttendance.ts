import type { MeetingPresenceRepository, MeetingRepository } from '@plenum/db';
import type { Clock, RoomAttendance } from '@plenum/room-kit';
import type { MeetingRecorder } from '../meetings/MeetingHistory.js';

/** The parts of the meeting repositories the attendance port reads. */
export interface MeetingAttendanceSource {
  readonly meetings: Pick<MeetingRepository, 'findById'>;
  readonly presence: Pick<MeetingPresenceRepository, 'attendance'>;
}

/**
 * The attendance port of one run of a room: reads the meeting that run records (fixed when the room opens) and its
 * presence rows, sessions still open counted until now. Resolves null when the meeting is not recorded (a room
 * without a tenant, or its row not written). E-mail addresses are read only when asked for. The journal writes behind
 * the room, so every read first waits for `written` (the recorder's pending writes): a join of the last few
 * milliseconds is in the list.
 */
export function meetingRoomAttendance(
  source: MeetingAttendanceSource,
  recorder: Pick<MeetingRecorder, 'meetingId' | 'written'>,
  clock: Clock,
): RoomAttendance {
  const { meetingId } = recorder;
  return {
    list: async ({ includeEmail }) => {
      await recorder.written();
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
          periods: e.periods.map((p) => ({ from: Date.parse(p.from), to: Date.parse(p.to) })),
          presenceMs: e.presenceMs,
        })),
      };
    },
  };
}
