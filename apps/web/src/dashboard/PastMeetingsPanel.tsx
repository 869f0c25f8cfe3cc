import type { Catalogue } from '../i18n/en.js';
import { MeetingList } from './MeetingList.js';
import { meetingsControlIds } from './meetingsControlIds.js';
import { ProblemMessage } from './ProblemMessage.js';
import type { PastMeetingsState } from './pastMeetingsState.js';

export interface PastMeetingsPanelProps {
  readonly state: PastMeetingsState;
  readonly t: Catalogue;
  readonly locale: string;
  /** Base of the element ids (see {@link meetingsControlIds}). */
  readonly idBase: string;
  /** The time zone to show times in; the browser's when absent (tests pin it). */
  readonly timeZone?: string | undefined;
  readonly onRetry: () => void;
  readonly onLoadMore: () => void;
}

/**
 * The body of the start page's "Past meetings", by state (see {@link PastMeetingsState}): the meetings the user
 * attended, newest first, with the files they may download (read-only, see {@link MeetingList}), and "Show older
 * meetings" while there are more. That button says `aria-disabled` while it loads rather than being `disabled`, which
 * would drop keyboard focus.
 */
export function PastMeetingsPanel({ state, t, locale, idBase, timeZone, onRetry, onLoadMore }: PastMeetingsPanelProps) {
  const p = t.pastMeetings;
  if (state.phase === 'loading') return <p className="loading">{p.loading}</p>;
  if (state.phase === 'failed') {
    return (
      <>
        <ProblemMessage problem={state.problem} text={state.problem === 'other' ? p.loadFailed : undefined} />
        <button type="button" className="button button--small" onClick={onRetry}>
          {p.retry}
        </button>
      </>
    );
  }
  if (state.meetings.length === 0) return <p>{p.empty}</p>;
  const { more } = state;
  return (
    <>
      <MeetingList
        meetings={state.meetings}
        t={t}
        locale={locale}
        ids={meetingsControlIds(idBase)}
        timeZone={timeZone}
        label={p.listLabel}
        visibility={p.visibility}
      />
      {more.phase === 'loading' && <p className="loading">{p.loadingMore}</p>}
      {more.phase === 'failed' && (
        <ProblemMessage problem={more.problem} text={more.problem === 'other' ? p.loadMoreFailed : undefined} />
      )}
      {state.nextBefore !== null && (
        <button
          type="button"
          className="button"
          aria-disabled={more.phase === 'loading' || undefined}
          onClick={() => more.phase !== 'loading' && onLoadMore()}
        >
          {p.loadMore}
        </button>
      )}
    </>
  );
}
