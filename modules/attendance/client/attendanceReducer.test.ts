import type { ModuleContext } from '@plenum/client-kit';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { announceAttendance } from './attendanceAnnouncements.js';
import { generateReport } from './attendanceCommands.js';
import {
  type AttendanceState,
  generationRequested,
  initAttendance,
  LISTED_REPORTS,
  attendanceReducer as reduceAs,
} from './attendanceReducer.js';

const SAM = 'p-sam' as ParticipantId;
const moderator: ModuleContext = {
  self: { participantId: SAM, role: 'moderator', owner: false, moderator: true },
  participants: [],
};
const participant: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: [],
};
/** The reducer as a moderator's client runs it. */
const attendanceReducer = (state: AttendanceState, input: Parameters<typeof reduceAs>[1]) =>
  reduceAs(state, input, moderator);

const idle: AttendanceState = { pending: false, reports: [], retryAfterSeconds: null };
const ready = (assetId: string, includeEmail: boolean, createdAt: number) =>
  ({ type: 'event', event: { event: 'reportReady', assetId, includeEmail, createdAt } }) as const;

describe('the attendance client', () => {
  it('isOffWithoutJoinStateAndIdleWithIt', () => {
    expect(initAttendance(undefined)).toBeNull();
    expect(initAttendance({ reports: [] })).toEqual(idle);
  });

  it('theJoinStateListsTheReportsMadeBeforeThisClientJoinedAndLaterOnesJoinThem', () => {
    const earlier = { assetId: 'a-1', includeEmail: true, createdAt: 1_000 };
    const joined = initAttendance({ reports: [earlier] });
    expect(joined).toEqual({ ...idle, reports: [earlier] });
    expect(joined && attendanceReducer(joined, ready('a-2', false, 2_000)).reports).toEqual([
      { assetId: 'a-2', includeEmail: false, createdAt: 2_000 },
      earlier,
    ]);
  });

  it('theListSentToANewModeratorReplacesTheirsAndLosingTheRoleForgetsIt', () => {
    const first = { assetId: 'a-1', includeEmail: false, createdAt: 1_000 };
    const second = { assetId: 'a-2', includeEmail: true, createdAt: 2_000 };
    const listed = attendanceReducer(idle, { type: 'event', event: { event: 'reportList', reports: [second, first] } });
    expect(listed).toEqual({ ...idle, reports: [second, first] });
    expect(announceAttendance({ type: 'event', event: { event: 'reportList', reports: [] } })).toBeNull();
    const stillModerator = { type: 'selfChanged', previous: moderator.self } as const;
    expect(reduceAs(listed, stillModerator, moderator)).toBe(listed);
    const demoted = reduceAs(listed, stillModerator, participant);
    expect(demoted).toEqual(idle);
    expect(reduceAs(demoted, stillModerator, participant)).toBe(demoted);
  });

  it('aStoredReportEndsTheWaitAndIsListed', () => {
    const waiting = generationRequested(idle);
    expect(waiting).toEqual({ pending: true, reports: [], retryAfterSeconds: null });
    expect(attendanceReducer(waiting, ready('asset-7', false, 1_000))).toEqual({
      pending: false,
      reports: [{ assetId: 'asset-7', includeEmail: false, createdAt: 1_000 }],
      retryAfterSeconds: null,
    });
  });

  it('laterReportsJoinTheEarlierOnesNewestFirstEachOnceAndAtMostTheListedNumber', () => {
    const both = [ready('a-1', false, 1_000), ready('a-2', true, 2_000), ready('a-2', true, 2_000)].reduce(
      attendanceReducer,
      idle,
    );
    expect(both.reports).toEqual([
      { assetId: 'a-2', includeEmail: true, createdAt: 2_000 },
      { assetId: 'a-1', includeEmail: false, createdAt: 1_000 },
    ]);
    const many = Array.from({ length: LISTED_REPORTS + 3 }, (_, i) => ready(`m-${i}`, false, i)).reduce(
      attendanceReducer,
      idle,
    );
    expect(many.reports).toHaveLength(LISTED_REPORTS);
    expect(many.reports[0]?.assetId).toBe(`m-${LISTED_REPORTS + 2}`);
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
    expect(announceAttendance({ type: 'error', error: { error: 'storeFailed', reason: 'internal' } })).toEqual({
      key: 'storeFailed',
      params: { reason: 'internal' },
      notice: true,
      topic: 'report',
    });
  });

  it('aRefusalKeepsTheReportsAndAReportEndsTheRefusal', () => {
    const first = { assetId: 'asset-1', includeEmail: true, createdAt: 1_000 };
    const refused = attendanceReducer(
      { pending: true, reports: [first], retryAfterSeconds: null },
      { type: 'error', error: { error: 'tooSoon', retryAfterSeconds: 6, intervalSeconds: 10 } },
    );
    expect(refused).toEqual({ pending: false, reports: [first], retryAfterSeconds: 6 });
    expect(attendanceReducer(refused, { type: 'error', error: { error: 'storeFailed', reason: 'storage' } })).toBe(
      refused,
    );
    expect(attendanceReducer(refused, ready('asset-2', false, 9_000))).toEqual({
      pending: false,
      reports: [{ assetId: 'asset-2', includeEmail: false, createdAt: 9_000 }, first],
      retryAfterSeconds: null,
    });
  });

  it('rosterChangesChangeNothing', () => {
    const participant = participantInfo('p-1', 'Bob');
    expect(attendanceReducer(idle, { type: 'participantJoined', participant })).toBe(idle);
  });

  it('theCommandCarriesNoUiLanguage', () => {
    expect(generateReport(true)).toEqual({ action: 'generate', includeEmail: true });
  });
});
