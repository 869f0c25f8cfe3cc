import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { announceAttendance } from './attendanceAnnouncements.js';
import { generateReport } from './attendanceCommands.js';
import { type AttendanceState, attendanceReducer, generationRequested, initAttendance } from './attendanceReducer.js';

const idle: AttendanceState = { pending: false, latest: null, retryAfterSeconds: null };

describe('the attendance client', () => {
  it('isOffWithoutJoinStateAndIdleWithIt', () => {
    expect(initAttendance(undefined)).toBeNull();
    expect(initAttendance({})).toEqual(idle);
  });

  it('aStoredReportEndsTheWaitAndBecomesTheLatest', () => {
    const waiting = generationRequested(idle);
    expect(waiting).toEqual({ pending: true, latest: null, retryAfterSeconds: null });
    const ready = attendanceReducer(waiting, {
      type: 'event',
      event: { event: 'reportReady', assetId: 'asset-7', includeEmail: false, createdAt: 1_000 },
    });
    expect(ready).toEqual({
      pending: false,
      latest: { assetId: 'asset-7', includeEmail: false, createdAt: 1_000 },
      retryAfterSeconds: null,
    });
  });

  it('aTooSoonRefusalEndsTheWaitAndIsNoNoticeBecauseTheFormsStatusSaysIt', () => {
    const input = {
      type: 'error',
      error: { error: 'tooSoon', retryAfterSeconds: 4, intervalSeconds: 10 },
    } as const;
    const refused = attendanceReducer(generationRequested(idle), input);
    expect(refused).toEqual({ ...idle, retryAfterSeconds: 4 });
    expect(generationRequested(refused)).toEqual({ ...idle, pending: true });
    expect(announceAttendance(input)).toBeNull();
    expect(announceAttendance({ type: 'error', error: { error: 'storeFailed' } })).toEqual({
      key: 'storeFailed',
      params: {},
      notice: true,
      topic: 'report',
    });
  });

  it('aRefusalKeepsTheLatestReportAndAReportEndsTheRefusal', () => {
    const latest = { assetId: 'asset-1', includeEmail: true, createdAt: 1_000 };
    const refused = attendanceReducer(
      { pending: true, latest, retryAfterSeconds: null },
      { type: 'error', error: { error: 'tooSoon', retryAfterSeconds: 6, intervalSeconds: 10 } },
    );
    expect(refused).toEqual({ pending: false, latest, retryAfterSeconds: 6 });
    expect(attendanceReducer(refused, { type: 'error', error: { error: 'storeFailed' } })).toBe(refused);
    const ready = attendanceReducer(refused, {
      type: 'event',
      event: { event: 'reportReady', assetId: 'asset-2', includeEmail: false, createdAt: 9_000 },
    });
    expect(ready).toEqual({
      pending: false,
      latest: { assetId: 'asset-2', includeEmail: false, createdAt: 9_000 },
      retryAfterSeconds: null,
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
      permissions: { microphone: true, screen: false },
      group: null,
    } as const;
    expect(attendanceReducer(idle, { type: 'participantJoined', participant })).toBe(idle);
  });

  it('theCommandCarriesTheUiLanguage', () => {
    expect(generateReport(true, 'en')).toEqual({ action: 'generate', includeEmail: true, language: 'en' });
  });
});
