import { loginHref } from '../api/sessionApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { loginFailedReason } from './loginFailedReason.js';

/** `/login-failed?reason=…`: a sign-in that did not work, why (without technical detail), and what to do next. */
export function LoginFailedPage() {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle(t.loginFailed.heading, t.appName);
  const reason = loginFailedReason(window.location.search);
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {t.loginFailed.heading}
        </h1>
        <p>{t.loginFailed.reasons[reason]}</p>
        <p>{t.loginFailed.anonymous}</p>
        <div className="actions">
          {reason !== 'tenantUnknown' && (
            <a href={loginHref('/')} className="button button--primary">
              {t.loginFailed.retry}
            </a>
          )}
          <Link href="/" className={reason === 'tenantUnknown' ? 'button button--primary' : 'button'}>
            {t.loginFailed.backToStart}
          </Link>
        </div>
      </div>
    </PageShell>
  );
}
