import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';

/** Entry refused for a reason no retry fixes: guests switched off, or the guest's invitation withdrawn. */
export function EntryRefused({ reason }: { readonly reason: 'guestsDisabled' | 'inviteRevoked' }) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const text = reason === 'guestsDisabled' ? t.entry.guestsDisabledHeading : t.entry.inviteRevokedHeading;
  useDocumentTitle(text, t.appName);
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {text}
        </h1>
        <p>{reason === 'guestsDisabled' ? t.entry.guestsDisabled : t.entry.inviteRevoked}</p>
        <div className="actions">
          <Link href="/" className="button button--primary">
            {t.room.backToStart}
          </Link>
        </div>
      </div>
    </PageShell>
  );
}
