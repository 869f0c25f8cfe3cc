import type { AttendedPage, Meeting } from '../api/meetingsApi.js';
import type { DashboardProblem } from './dashboardProblem.js';
import { type Loadable, type LoadEvent, loadStep } from './loadable.js';

/**
 * The start page's "Past meetings": `loading` the first page, `failed` to load it (with a retry), or `ready` with the
 * meetings so far, newest first. `nextBefore`: where older meetings continue (null: there are none); `more`: whether
 * older meetings are being loaded, or why loading them failed last.
 */
export type PastMeetingsState = Loadable<
  {
    readonly phase: 'ready';
    readonly meetings: readonly Meeting[];
    readonly nextBefore: string | null;
    readonly more:
      | { readonly phase: 'idle' }
      | { readonly phase: 'loading' }
      | { readonly phase: 'failed'; readonly problem: DashboardProblem };
  },
  DashboardProblem
>;

/** What happens to the section: the first page loads (again), and older pages are added. */
export type PastMeetingsEvent =
  | LoadEvent<DashboardProblem>
  | { readonly type: 'loaded'; readonly page: AttendedPage }
  | { readonly type: 'loadMore' }
  | { readonly type: 'moreLoaded'; readonly page: AttendedPage }
  | { readonly type: 'moreFailed'; readonly problem: DashboardProblem };

/** The section as the start page opens: loading. */
export const initialPastMeetings: PastMeetingsState = { phase: 'loading' };

/**
 * How the section moves. One older page loads at a time, and only while there is one; a page's meetings are added
 * after those shown (a meeting already shown is not repeated). A failed older page keeps what is shown.
 */
export function pastMeetingsReducer(state: PastMeetingsState, event: PastMeetingsEvent): PastMeetingsState {
  switch (event.type) {
    case 'load':
    case 'failed':
      return loadStep(event);
    case 'loaded':
      return {
        phase: 'ready',
        meetings: event.page.meetings,
        nextBefore: event.page.nextBefore,
        more: { phase: 'idle' },
      };
    case 'loadMore':
      if (state.phase !== 'ready' || state.nextBefore === null || state.more.phase === 'loading') return state;
      return { ...state, more: { phase: 'loading' } };
    case 'moreLoaded': {
      if (state.phase !== 'ready' || state.more.phase !== 'loading') return state;
      const shown = new Set(state.meetings.map((m) => m.id));
      return {
        phase: 'ready',
        meetings: [...state.meetings, ...event.page.meetings.filter((m) => !shown.has(m.id))],
        nextBefore: event.page.nextBefore,
        more: { phase: 'idle' },
      };
    }
    case 'moreFailed':
      if (state.phase !== 'ready' || state.more.phase !== 'loading') return state;
      return { ...state, more: { phase: 'failed', problem: event.problem } };
  }
}
