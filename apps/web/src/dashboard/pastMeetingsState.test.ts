import { describe, expect, it } from 'vitest';
import type { AttendedPage, Meeting } from '../api/meetingsApi.js';
import {
  initialPastMeetings,
  type PastMeetingsEvent,
  type PastMeetingsState,
  pastMeetingsReducer,
} from './pastMeetingsState.js';

const meeting = (id: string): Meeting => ({
  id,
  title: 'Rat',
  startedAt: '2026-11-26T10:00:00.000Z',
  endedAt: '2026-11-26T11:00:00.000Z',
  assets: [],
});
const page = (ids: string[], nextBefore: string | null): AttendedPage => ({ meetings: ids.map(meeting), nextBefore });
const run = (...events: PastMeetingsEvent[]): PastMeetingsState =>
  events.reduce(pastMeetingsReducer, initialPastMeetings);
const shown = (state: PastMeetingsState) => (state.phase === 'ready' ? state.meetings.map((m) => m.id) : state.phase);

describe('pastMeetingsState', () => {
  it('loadsTheFirstPageAndFailsWithAProblemToRetry', () => {
    expect(run()).toEqual({ phase: 'loading' });
    expect(run({ type: 'loaded', page: page(['b', 'a'], 'a') })).toEqual({
      phase: 'ready',
      meetings: [meeting('b'), meeting('a')],
      nextBefore: 'a',
      more: { phase: 'idle' },
    });
    const failed = run({ type: 'failed', problem: 'network' });
    expect(failed).toEqual({ phase: 'failed', problem: 'network' });
    expect(pastMeetingsReducer(failed, { type: 'load' })).toEqual({ phase: 'loading' });
  });

  it('addsOlderPagesAfterTheShownMeetingsWithoutRepeatingOne', () => {
    const state = run(
      { type: 'loaded', page: page(['c', 'b'], 'b') },
      { type: 'loadMore' },
      { type: 'moreLoaded', page: page(['b', 'a'], null) },
    );
    expect(shown(state)).toEqual(['c', 'b', 'a']);
    expect(state).toMatchObject({ nextBefore: null, more: { phase: 'idle' } });
  });

  it('loadsOneOlderPageAtATimeAndOnlyWhileThereIsOne', () => {
    const last = run({ type: 'loaded', page: page(['a'], null) });
    expect(pastMeetingsReducer(last, { type: 'loadMore' })).toBe(last);
    const loading = run({ type: 'loaded', page: page(['b'], 'b') }, { type: 'loadMore' });
    expect(loading).toMatchObject({ more: { phase: 'loading' } });
    expect(pastMeetingsReducer(loading, { type: 'loadMore' })).toBe(loading);
    // An answer nobody waits for changes nothing.
    const idle = run({ type: 'loaded', page: page(['b'], 'b') });
    expect(pastMeetingsReducer(idle, { type: 'moreLoaded', page: page(['a'], null) })).toBe(idle);
    expect(pastMeetingsReducer(idle, { type: 'moreFailed', problem: 'other' })).toBe(idle);
  });

  it('keepsTheShownMeetingsWhenAnOlderPageFails', () => {
    const state = run(
      { type: 'loaded', page: page(['b'], 'b') },
      { type: 'loadMore' },
      { type: 'moreFailed', problem: 'signedOut' },
    );
    expect(state).toMatchObject({ nextBefore: 'b', more: { phase: 'failed', problem: 'signedOut' } });
    expect(shown(state)).toEqual(['b']);
    expect(pastMeetingsReducer(state, { type: 'loadMore' })).toMatchObject({ more: { phase: 'loading' } });
  });
});
