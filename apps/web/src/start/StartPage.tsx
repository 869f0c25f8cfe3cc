import { useChunk } from '@plenum/client-kit/ui';
import { useId, useState } from 'react';
import type { AgendaApi } from '../api/agendaApi.js';
import type { DialInApi } from '../api/dialInApi.js';
import type { GuestLinksApi } from '../api/guestLinksApi.js';
import type { MeetingsApi } from '../api/meetingsApi.js';
import type { RoomsApi } from '../api/roomsApi.js';
import { loginHref } from '../api/sessionApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession } from '../session/SessionProvider.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { JoinByLinkForm } from './JoinByLinkForm.js';

/**
 * Start page. Meetings are private: signed out, it says so and offers signing in; signed in, it is the dashboard
 * ("My rooms"). Going to a meeting or guest link by pasting it works either way.
 */
export function StartPage({
  api,
  guestLinks,
  dialIn,
  agenda,
  meetings,
}: {
  readonly api: RoomsApi;
  readonly guestLinks: GuestLinksApi;
  readonly dialIn: DialInApi;
  readonly agenda: AgendaApi;
  readonly meetings: MeetingsApi;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const signedIn = session.status === 'signedIn';
  useDocumentTitle(signedIn ? t.dashboard.heading : '', t.appName);
  const ids = { signIn: useId(), join: useId() };

  const joinCard = (
    <section className="card" aria-labelledby={ids.join}>
      <h2 id={ids.join}>{t.start.joinHeading}</h2>
      <JoinByLinkForm />
    </section>
  );

  return (
    <PageShell>
      <div className="start">
        <div className="start__intro">
          <h1 ref={heading} tabIndex={-1}>
            {signedIn ? t.dashboard.heading : t.start.title}
          </h1>
          {session.status === 'loading' && <p className="loading">{t.dashboard.loading}</p>}
          {session.status === 'signedOut' && <p className="lead">{t.dashboard.signedOutLead}</p>}
          {signedIn && <p className="lead">{t.dashboard.lead}</p>}
        </div>
        {session.status === 'signedOut' && (
          <div className="start__cards">
            <section className="card" aria-labelledby={ids.signIn}>
              <h2 id={ids.signIn}>{t.dashboard.privateHeading}</h2>
              <p>{t.dashboard.privateText}</p>
              <a className="button button--primary" href={loginHref('/')}>
                {t.dashboard.signIn}
              </a>
              <p className="start__guest-hint">{t.dashboard.guestHint}</p>
            </section>
            {joinCard}
          </div>
        )}
        {signedIn && (
          <>
            <LazyDashboard rooms={api} guestLinks={guestLinks} dialIn={dialIn} agenda={agenda} meetings={meetings} />
            <div className="start__cards start__join">{joinCard}</div>
          </>
        )}
      </div>
    </PageShell>
  );
}

/** The dashboard's code (a chunk of its own: a guest or a signed-out visitor never loads it). */
const loadDashboard = () => import('../dashboard/Dashboard.js');

/** The dashboard once its chunk is there; until then its loading line, and "Try again" when the load failed. */
function LazyDashboard(props: Parameters<typeof import('../dashboard/Dashboard.js').Dashboard>[0]) {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const chunk = useChunk(loadDashboard, attempt);
  switch (chunk.state) {
    case 'ready':
      return <chunk.module.Dashboard {...props} />;
    case 'loading':
      return (
        <p className="loading" role="status">
          {t.dashboard.loadingRooms}
        </p>
      );
    case 'failed':
      return (
        <div role="alert">
          <p>{t.dashboard.loadFailed}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t.dashboard.retry}
          </button>
        </div>
      );
  }
}
