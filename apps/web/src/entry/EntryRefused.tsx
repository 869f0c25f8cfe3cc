import type { Catalogue } from '../i18n/en.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import type { RefusalReason } from './entryGate.js';

/** The heading and the sentence below it for a refusal. */
export function refusedTexts(
  t: Catalogue,
  reason: RefusalReason,
): { readonly heading: string; readonly detail: string } {
  switch (reason) {
    case 'guestsDisabled':
      return { heading: t.entry.guestsDisabledHeading, detail: t.entry.guestsDisabled };
    case 'inviteRevoked':
      return { heading: t.entry.inviteRevokedHeading, detail: t.entry.inviteRevoked };
    case 'banned':
      return { heading: t.entry.bannedHeading, detail: t.entry.banned };
  }
}

/**
 * Entry refused for a reason no retry fixes: guests switched off, the guest's invitation withdrawn, or a moderator
 * banned this person from the running meeting (said before any camera or microphone check).
 */
export function EntryRefused({ reason }: { readonly reason: RefusalReason }) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const { heading: text, detail } = refusedTexts(t, reason);
  useDocumentTitle(text, t.appName);
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {text}
        </h1>
        <p>{detail}</p>
        <div className="actions">
          <Link href="/" className="button button--primary">
            {t.room.backToStart}
          </Link>
        </div>
      </div>
    </PageShell>
  );
}
