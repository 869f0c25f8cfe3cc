import { useId } from 'react';
import type { AgendaApi } from '../api/agendaApi.js';
import type { DialInApi } from '../api/dialInApi.js';
import type { GuestLinksApi } from '../api/guestLinksApi.js';
import type { MeetingsApi } from '../api/meetingsApi.js';
import type { RoomsApi } from '../api/roomsApi.js';
import { loginHref } from '../api/sessionApi.js';
import { Dashboard } from '../dashboard/Dashboard.js';
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
            <Dashboard rooms={api} guestLinks={guestLinks} dialIn={dialIn} agenda={agenda} meetings={meetings} />
            <div className="start__cards start__join">{joinCard}</div>
          </>
        )}
      </div>
    </PageShell>
  );
}
