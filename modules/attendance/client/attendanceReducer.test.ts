import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { announceAttendance } from './attendanceAnnouncements.js';
import { generateReport } from './attendanceCommands.js';
import { type AttendanceState, attendanceReducer, generationRequested, initAttendance } from './attendanceReducer.js';

const idle: AttendanceState = { pending: false, latest: null };

describe('the attendance client', () => {
  it('isOffWithoutJoinStateAndIdleWithIt', () => {
    expect(initAttendance(undefined)).toBeNull();
    expect(initAttendance({})).toEqual(idle);
  });

  it('aStoredReportEndsTheWaitAndBecomesTheLatest', () => {
    const waiting = generationRequested(idle);
    expect(waiting).toEqual({ pending: true, latest: null });
    const ready = attendanceReducer(waiting, {
      type: 'event',
      event: { event: 'reportReady', assetId: 'asset-7', includeEmail: false },
    });
    expect(ready).toEqual({ pending: false, latest: { assetId: 'asset-7', includeEmail: false } });
  });

  it('aRefusalEndsTheWaitAndIsANoticeWithTheCountdown', () => {
    const input = {
      type: 'error',
      error: { error: 'tooSoon', retryAfterSeconds: 4, intervalSeconds: 10 },
    } as const;
    expect(attendanceReducer(generationRequested(idle), input)).toEqual(idle);
    expect(announceAttendance(input)).toEqual({
      key: 'tooSoon',
      params: { seconds: 4 },
      notice: true,
      countdown: true,
      topic: 'report',
    });
  });

  it('rosterChangesChangeNothing', () => {
    const participant = {
      id: 'p-1' as ParticipantId,
      displayName: 'Bob',
      role: 'participant',
      kind: 'browser',
      registered: true,
      presence: 'online',
      joinedAt: 1,
    } as const;
    expect(attendanceReducer(idle, { type: 'participantJoined', participant })).toBe(idle);
  });

  it('theCommandCarriesTheUiLanguage', () => {
    expect(generateReport(true, 'en')).toEqual({ action: 'generate', includeEmail: true, language: 'en' });
  });
});
