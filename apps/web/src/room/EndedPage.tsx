import type { ClosedReason } from '@plenum/module-core/client';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';

/** The reasons that end on this page (a rejected resume goes back to pre-join; a suspended page is going away). */
export type EndedReason = Exclude<ClosedReason, 'resumeRejected' | 'suspended'>;

/** After the meeting: why it ended, and the ways on (rejoin unless removed, back to start). */
export function EndedPage(props: {
  readonly reason: EndedReason;
  readonly roomFullMax: number | null;
  readonly onRejoin: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const text = {
    left: t.ended.leftHeading,
    roomClosed: t.ended.roomClosedHeading,
    kicked: t.ended.kickedHeading,
    roomFull: t.ended.roomFullHeading,
  }[props.reason];
  useDocumentTitle(text, t.appName);
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {text}
        </h1>
        {props.reason === 'roomFull' && props.roomFullMax !== null && <p>{t.ended.roomFull(props.roomFullMax)}</p>}
        <div className="actions">
          {props.reason !== 'kicked' && props.reason !== 'roomClosed' && (
            <button type="button" className="button button--primary" onClick={props.onRejoin}>
              {t.ended.rejoin}
            </button>
          )}
          <Link href="/" className="button">
            {t.ended.backToStart}
          </Link>
        </div>
      </div>
    </PageShell>
  );
}
