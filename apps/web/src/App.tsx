import { useMemo } from 'react';
import { createAgendaApi } from './api/agendaApi.js';
import { createDialInApi } from './api/dialInApi.js';
import { createGuestLinksApi } from './api/guestLinksApi.js';
import { createHttpClient } from './api/http.js';
import { createInvitesApi } from './api/invitesApi.js';
import { createMeetingsApi } from './api/meetingsApi.js';
import { createRoomsApi } from './api/roomsApi.js';
import { useI18n } from './i18n/I18nProvider.js';
import { InvitePage } from './invite/InvitePage.js';
import { RoomPage } from './room/RoomPage.js';
import { Link } from './router/Link.js';
import { matchRoute } from './router/matchRoute.js';
import { useRouter } from './router/Router.js';
import { LoginFailedPage } from './session/LoginFailedPage.js';
import { PageShell } from './shell/PageShell.js';
import { useDocumentTitle } from './shell/useDocumentTitle.js';
import { useFocusHeading } from './shell/useFocusHeading.js';
import { StartPage } from './start/StartPage.js';

/** Picks the page for the current path (any path it does not know gets "Page not found"). Collaborators (the REST client) are created here and passed down. */
export function App() {
  const { pathname } = useRouter();
  const apis = useMemo(() => {
    const http = createHttpClient();
    return {
      rooms: createRoomsApi(http),
      guestLinks: createGuestLinksApi(http),
      invites: createInvitesApi(http),
      dialIn: createDialInApi(http),
      agenda: createAgendaApi(http),
      meetings: createMeetingsApi(http),
    };
  }, []);
  const route = matchRoute(pathname);
  switch (route.name) {
    case 'start':
      return (
        <StartPage
          api={apis.rooms}
          guestLinks={apis.guestLinks}
          dialIn={apis.dialIn}
          agenda={apis.agenda}
          meetings={apis.meetings}
        />
      );
    case 'room':
      return <RoomPage key={route.roomId} roomId={route.roomId} api={apis.rooms} dialIn={apis.dialIn} />;
    case 'invite':
      return <InvitePage key={route.code} code={route.code} api={apis.invites} />;
    case 'loginFailed':
      return <LoginFailedPage />;
    case 'notFound':
      return <NotFound />;
  }
}

/** An address the app does not know (the server serves the app for every unknown page). */
function NotFound() {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle(t.notFound.heading, t.appName);
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {t.notFound.heading}
        </h1>
        <p>{t.notFound.text}</p>
        <Link href="/" className="button button--primary">
          {t.notFound.backToStart}
        </Link>
      </div>
    </PageShell>
  );
}
