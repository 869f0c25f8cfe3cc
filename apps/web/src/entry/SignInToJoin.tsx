import { loginHref } from '../api/sessionApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { useRouter } from '../router/Router.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';

/**
 * A private meeting seen by someone who is neither signed in nor a guest of it: "Sign in to
 * join" (the server's login, coming back to this meeting), and where guests get in instead.
 */
export function SignInToJoin() {
  const { t } = useI18n();
  const { pathname } = useRouter();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle(t.entry.signInHeading, t.appName);
  const here = `${pathname}${window.location.search}${window.location.hash}`;
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {t.entry.signInHeading}
        </h1>
        <p>{t.entry.signInText}</p>
        <p>{t.entry.guestHint}</p>
        <div className="actions">
          <a className="button button--primary" href={loginHref(here)}>
            {t.entry.signIn}
          </a>
          <Link href="/" className="button">
            {t.room.backToStart}
          </Link>
        </div>
      </div>
    </PageShell>
  );
}
