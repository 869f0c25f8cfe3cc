import type { SessionEndReason } from '../conference/ConferenceSession.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';

/**
 * The reasons that end on this page (a rejected resume goes back to pre-join; a suspended page
 * is going away; a refused access ticket goes back to the entry step, which says why), including
 * a moderator's removal: kicked, banned, debrief, or the meeting ended for everyone.
 */
export type EndedReason = Exclude<SessionEndReason, 'resumeRejected' | 'suspended' | 'accessRefused'>;

/** Where there is no way back into this meeting from here. */
const final = new Set<EndedReason>([
  'kicked',
  'banned',
  'debrief',
  'meetingEnded',
  'roomClosed',
  'timeLimit',
  'notAdmitted',
]);

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
    banned: t.ended.bannedHeading,
    debrief: t.ended.debriefHeading,
    meetingEnded: t.ended.meetingEndedHeading,
    roomFull: t.ended.roomFullHeading,
    timeLimit: t.entry.timeLimitHeading,
    notAdmitted: t.waiting.notAdmittedHeading,
    ticketRejected: t.entry.ticketRejectedHeading,
  }[props.reason];
  const detail =
    props.reason === 'roomFull' && props.roomFullMax !== null
      ? t.ended.roomFull(props.roomFullMax)
      : props.reason === 'timeLimit'
        ? t.entry.timeLimit
        : props.reason === 'notAdmitted'
          ? t.waiting.notAdmitted
          : props.reason === 'ticketRejected'
            ? t.entry.ticketRejected
            : props.reason === 'kicked' ||
                props.reason === 'banned' ||
                props.reason === 'debrief' ||
                props.reason === 'meetingEnded'
              ? t.ended[props.reason]
              : null;
  useDocumentTitle(text, t.appName);
  return (
    <PageShell>
      <div className="notice-page">
        <h1 ref={heading} tabIndex={-1}>
          {text}
        </h1>
        {detail && <p>{detail}</p>}
        <div className="actions">
          {!final.has(props.reason) && (
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
