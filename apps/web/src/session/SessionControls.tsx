import { useState } from 'react';
import { loginHref } from '../api/sessionApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useRouter } from '../router/Router.js';
import { useSession } from './SessionProvider.js';

/**
 * The header's account area: "Sign in" (a plain link to the server's login, which comes back to this page) when
 * signed out; the user's name, organisation and a "Sign out" button when signed in. Nothing while loading, so the
 * header does not flicker between the two.
 */
export function SessionControls() {
  const { t } = useI18n();
  const { pathname } = useRouter();
  const { session, signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);

  if (session.status === 'loading') return <div className="session" aria-hidden="true" />;
  if (session.status === 'signedOut') {
    const here = `${pathname}${window.location.search}${window.location.hash}`;
    return (
      <div className="session">
        <a className="button button--small" href={loginHref(here)}>
          {t.session.signIn}
        </a>
      </div>
    );
  }
  const { user } = session;
  const leave = async () => {
    setSigningOut(true);
    setFailed(false);
    const result = await signOut();
    if (!result.ok) {
      setSigningOut(false);
      setFailed(true);
    }
  };
  return (
    <div className="session">
      <p className="session__who">
        <span className="session__name">{t.session.signedInAs(user.displayName)}</span>
        <span className="session__detail">
          {t.session.organisation(user.tenantName)}
          {user.isAdmin ? ` · ${t.session.administrator}` : ''}
        </span>
      </p>
      <button type="button" className="button button--small" onClick={leave} disabled={signingOut}>
        {signingOut ? t.session.signingOut : t.session.signOut}
      </button>
      {failed && (
        <p className="session__error" role="alert">
          {t.session.signOutFailed}
        </p>
      )}
    </div>
  );
}
