import { useId, useReducer } from 'react';
import type { MeetingsApi } from '../api/meetingsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useFocusNext } from '../shell/useFocusNext.js';
import { useRetryableLoad } from '../shell/useRetryableLoad.js';
import { dashboardProblem } from './dashboardProblem.js';
import { meetingsControlIds } from './meetingsControlIds.js';
import { PastMeetingsPanel } from './PastMeetingsPanel.js';
import { initialPastMeetings, pastMeetingsReducer } from './pastMeetingsState.js';

/**
 * "Past meetings" on the signed-in start page: the meetings the user attended signed in, with the files they may
 * download (the minutes and vote results meant for participants, more for moderators), a page at a time. After older
 * meetings load, focus goes to the first of them.
 */
export function PastMeetings({ api }: { readonly api: MeetingsApi }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const ids = meetingsControlIds(useId());
  const [state, dispatch] = useReducer(pastMeetingsReducer, initialPastMeetings);
  const focusNext = useFocusNext();

  const retry = useRetryableLoad(
    () => api.attended(),
    {
      started: () => dispatch({ type: 'load' }),
      loaded: (page) => dispatch({ type: 'loaded', page }),
      failed: (error) => dispatch({ type: 'failed', problem: dashboardProblem(error) }),
    },
    'attended',
  );

  const loadMore = async () => {
    if (state.phase !== 'ready' || state.nextBefore === null || state.more.phase === 'loading') return;
    dispatch({ type: 'loadMore' });
    try {
      const page = await api.attended(state.nextBefore);
      const first = page.meetings.find((m) => !state.meetings.some((shown) => shown.id === m.id));
      if (first) focusNext.current = ids.meeting(first.id);
      dispatch({ type: 'moreLoaded', page });
    } catch (error) {
      dispatch({ type: 'moreFailed', problem: dashboardProblem(error) });
    }
  };

  return (
    <section className="dashboard__past-meetings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.pastMeetings.heading}</h2>
      <p>{t.pastMeetings.lead}</p>
      <PastMeetingsPanel
        state={state}
        t={t}
        locale={locale}
        idBase={ids.base}
        onRetry={retry}
        onLoadMore={() => void loadMore()}
      />
    </section>
  );
}
