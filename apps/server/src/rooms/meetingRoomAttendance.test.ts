import type { AttendanceEntry, Meeting } from '@plenum/db';
import { FakeClock } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { type MeetingAttendanceSource, meetingRoomAttendance } from './meetingRoomAttendance.js';

const meeting: Meeting = {
  id: 'm-1',
  roomId: 'r-1',
  tenantId: 't',
  title: 'Rat',
  startedAt: '2026-11-26T13:00:00.000Z',
  endedAt: null,
};
const mia: AttendanceEntry = {
  personKey: 'k-1',
  displayName: 'Mia',
  kind: 'browser',
  role: 'participant',
  userId: 'u-mia',
  firstJoin: '2026-11-26T13:01:00.000Z',
  lastLeave: '2026-11-26T13:41:00.000Z',
  periods: [
    { from: '2026-11-26T13:01:00.000Z', to: '2026-11-26T13:11:00.000Z' },
    { from: '2026-11-26T13:21:00.000Z', to: '2026-11-26T13:41:00.000Z' },
  ],
  presenceMs: 1_800_000,
  sessions: 2,
};

function source(found: Meeting | undefined, asked: unknown[]): MeetingAttendanceSource {
  return {
    meetings: { findById: async (id) => (id === found?.id ? found : undefined) },
    presence: {
      attendance: async (_id, options) => {
        asked.push(options);
        return options.includeEmail ? [{ ...mia, email: 'mia@example.org' }] : [mia];
      },
    },
  };
}

/** The recorder of meeting `m-1`, its writes all done. */
const recorder = () => ({ meetingId: 'm-1', written: () => Promise.resolve() });

describe('the attendance port of a room', () => {
  it('listsTheBoundMeetingWithRegisteredPeopleAndTimesAndPeriodsAsMilliseconds', async () => {
    const asked: unknown[] = [];
    const clock = new FakeClock();
    const list = await meetingRoomAttendance(source(meeting, asked), recorder(), clock).list({ includeEmail: false });
    expect(list).toEqual({
      title: 'Rat',
      startedAt: Date.parse(meeting.startedAt),
      attendees: [
        {
          displayName: 'Mia',
          kind: 'browser',
          role: 'participant',
          registered: true,
          firstJoin: Date.parse(mia.firstJoin),
          lastLeave: Date.parse(mia.lastLeave),
          periods: [
            { from: Date.parse('2026-11-26T13:01:00.000Z'), to: Date.parse('2026-11-26T13:11:00.000Z') },
            { from: Date.parse('2026-11-26T13:21:00.000Z'), to: Date.parse('2026-11-26T13:41:00.000Z') },
          ],
          presenceMs: 1_800_000,
        },
      ],
    });
    expect(asked).toEqual([{ includeEmail: false, now: new Date(clock.now()) }]);
  });

  it('readsEmailAddressesOnlyWhenAsked', async () => {
    const list = await meetingRoomAttendance(source(meeting, []), recorder(), new FakeClock()).list({
      includeEmail: true,
    });
    expect(list?.attendees[0]?.email).toBe('mia@example.org');
  });

  it('isNullWhileTheMeetingIsNotRecorded', async () => {
    const asked: unknown[] = [];
    expect(
      await meetingRoomAttendance(source(undefined, asked), recorder(), new FakeClock()).list({ includeEmail: true }),
    ).toBeNull();
    expect(asked).toEqual([]);
  });

  it('waitsForTheJournalsPendingWritesBeforeReading', async () => {
    const asked: unknown[] = [];
    let done: () => void = () => {};
    const pending = new Promise<void>((resolve) => {
      done = resolve;
    });
    const list = meetingRoomAttendance(
      source(meeting, asked),
      { meetingId: 'm-1', written: () => pending },
      new FakeClock(),
    ).list({ includeEmail: false });
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    expect(asked).toEqual([]);
    done();
    expect((await list)?.attendees).toHaveLength(1);
    expect(asked).toHaveLength(1);
  });
});
