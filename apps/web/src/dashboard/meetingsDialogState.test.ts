import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/http.js';
import type { Meeting, MeetingFile } from '../api/meetingsApi.js';
import {
  deleteFailureOf,
  fileKindOf,
  findFile,
  initialMeetingsDialog,
  type MeetingsDialogEvent,
  type MeetingsDialogState,
  meetingsDialogReducer,
  newestFirst,
} from './meetingsDialogState.js';

const file = (id: string, kind = 'minutes-pdf'): MeetingFile => ({
  id,
  kind,
  filename: `${id}.pdf`,
  mediaType: 'application/pdf',
  size: 1000,
  sha256: 'ab'.repeat(32),
  visibility: 'participants',
  createdAt: '2026-11-26T12:00:00.000Z',
  url: `/v1/assets/${id}`,
});
const meeting = (id: string, startedAt: string, assets: MeetingFile[]): Meeting => ({
  id,
  title: 'Vorstand',
  startedAt,
  endedAt: null,
  assets,
});
const OLD = meeting('m-old', '2026-10-01T10:00:00.000Z', [file('f1'), file('f2', 'vote-report')]);
const NEW = meeting('m-new', '2026-11-26T10:00:00.000Z', [file('f3', 'attendance-pdf')]);

const run = (...events: MeetingsDialogEvent[]) => events.reduce(meetingsDialogReducer, initialMeetingsDialog);
const ready = (state: MeetingsDialogState) => {
  if (state.phase !== 'ready') throw new Error(`expected ready, got ${state.phase}`);
  return state;
};
const fileIds = (state: MeetingsDialogState) => ready(state).meetings.map((m) => m.assets.map((a) => a.id));

describe('meetingsDialogState', () => {
  it('listsTheMeetingsNewestFirst', () => {
    const state = ready(run({ type: 'load' }, { type: 'loaded', meetings: [OLD, NEW] }));
    expect(state.meetings.map((m) => m.id)).toEqual(['m-new', 'm-old']);
    expect(newestFirst([NEW, OLD]).map((m) => m.id)).toEqual(['m-new', 'm-old']);
  });

  it('showsALoadProblemAndLoadsAgainOnRetry', () => {
    expect(run({ type: 'failed', problem: 'network' })).toEqual({ phase: 'failed', problem: 'network' });
    expect(run({ type: 'failed', problem: 'network' }, { type: 'load' })).toEqual({ phase: 'loading' });
  });

  it('asksBeforeDeletingAndDeletesOnlyTheConfirmedFile', () => {
    const loaded = { type: 'loaded', meetings: [OLD, NEW] } as const;
    // Deleting without the question open does nothing.
    expect(fileIds(run(loaded, { type: 'deleting', fileId: 'f1' }))).toEqual([['f3'], ['f1', 'f2']]);
    expect(ready(run(loaded, { type: 'deleting', fileId: 'f1' })).deleting).toBeNull();
    const asked = run(loaded, { type: 'ask', fileId: 'f1' });
    expect(ready(asked).asking).toBe('f1');
    expect(ready(run(loaded, { type: 'ask', fileId: 'f1' }, { type: 'dismiss' })).asking).toBeNull();
    const busy = meetingsDialogReducer(asked, { type: 'deleting', fileId: 'f1' });
    expect(ready(busy).deleting).toBe('f1');
    // No other question and no dismissing while the delete runs.
    expect(meetingsDialogReducer(busy, { type: 'ask', fileId: 'f3' })).toBe(busy);
    expect(meetingsDialogReducer(busy, { type: 'dismiss' })).toBe(busy);
    const done = ready(meetingsDialogReducer(busy, { type: 'deleted', fileId: 'f1' }));
    expect(fileIds(done)).toEqual([['f3'], ['f2']]);
    expect(done).toMatchObject({ asking: null, deleting: null, problem: null });
  });

  it('keepsTheQuestionOpenWithTheProblemWhenDeletingFailed', () => {
    const state = ready(
      run(
        { type: 'loaded', meetings: [OLD] },
        { type: 'ask', fileId: 'f2' },
        { type: 'deleting', fileId: 'f2' },
        { type: 'deleteFailed', fileId: 'f2', problem: 'network' },
      ),
    );
    expect(state).toMatchObject({ asking: 'f2', deleting: null, problem: { fileId: 'f2', problem: 'network' } });
    expect(fileIds(state)).toEqual([['f1', 'f2']]);
    // Trying again clears the problem.
    expect(ready(meetingsDialogReducer(state, { type: 'deleting', fileId: 'f2' })).problem).toBeNull();
  });

  it('ignoresQuestionsAboutFilesItDoesNotList', () => {
    const state = run({ type: 'loaded', meetings: [OLD] });
    expect(meetingsDialogReducer(state, { type: 'ask', fileId: 'nope' })).toBe(state);
    expect(meetingsDialogReducer(initialMeetingsDialog, { type: 'ask', fileId: 'f1' })).toBe(initialMeetingsDialog);
  });

  it('findsAFileWithItsMeetingAndNamesItsKind', () => {
    expect(findFile([OLD, NEW], 'f3')?.meeting.id).toBe('m-new');
    expect(findFile([OLD, NEW], 'x')).toBeUndefined();
    expect(fileKindOf('vote-protocol')).toBe('vote-protocol');
    expect(fileKindOf('minutes-markdown')).toBe('minutes-markdown');
    expect(fileKindOf('something-new')).toBe('other');
  });

  it('readsAFileGoneMeanwhileAsDeletedAndOtherFailuresAsProblems', () => {
    expect(deleteFailureOf(new ApiFailure('notFound', 404))).toEqual({ gone: true });
    expect(deleteFailureOf(new ApiFailure('network', 0))).toEqual({ gone: false, problem: 'network' });
    expect(deleteFailureOf(new ApiFailure('unauthenticated', 401))).toEqual({ gone: false, problem: 'signedOut' });
    expect(deleteFailureOf(new Error('boom'))).toEqual({ gone: false, problem: 'other' });
  });
});
