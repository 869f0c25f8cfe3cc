import type { RoomAttendance, RoomAttendanceList } from '../RoomAttendance.js';

/**
 * The attendance port of a TestRoom: answers with the list a test set (`meeting`, null for "no meeting"), leaving
 * out e-mail addresses unless they were asked for, or rejects while `failing` is set. `requests` records what was
 * asked, so a test can check that e-mail addresses were only read on request.
 */
export class FakeRoomAttendance implements RoomAttendance {
  meeting: RoomAttendanceList | null;
  failing = false;
  readonly requests: { readonly includeEmail: boolean }[] = [];

  constructor(meeting: RoomAttendanceList | null = { title: 'Test meeting', startedAt: 0, attendees: [] }) {
    this.meeting = meeting;
  }

  async list(options: { readonly includeEmail: boolean }): Promise<RoomAttendanceList | null> {
    this.requests.push({ includeEmail: options.includeEmail });
    if (this.failing) throw new Error('attendance history unavailable');
    const meeting = this.meeting;
    if (!meeting) return null;
    return {
      ...meeting,
      attendees: meeting.attendees.map(({ email, ...rest }) =>
        options.includeEmail ? { ...rest, email: email ?? null } : rest,
      ),
    };
  }
}
