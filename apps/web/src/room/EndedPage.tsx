import type { SessionEndReason } from '../conference/ConferenceSession.js';
import type { Catalogue } from '../i18n/en.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';

/**
 * The reasons that end on this page (a rejected resume goes back to pre-join; a suspended page
 * is going away; a refused access ticket goes back to the entry step, which says why), including
 * a moderator's removal: kicked, banned, debrief, or the meeting ended for everyone (by this
 * person: `youEndedMeeting`).
 */
export type EndedReason = Exclude<SessionEndReason, 'resumeRejected' | 'suspended' | 'accessRefused'>;

/** Where there is no way back into this meeting from here. */
const final = new Set<EndedReason>([
  'kicked',
  'banned',
  'debrief',
  'meetingEnded',
  'youEndedMeeting',
  'roomClosed',
  'timeLimit',
  'notAdmitted',
]);

/** The heading and the sentence below it (none where the heading says it all) for why the meeting ended here. */
export function endedTexts(
  t: Catalogue,
  reason: EndedReason,
  roomFullMax: number | null,
): { readonly heading: string; readonly detail: string | null } {
  switch (reason) {
    case 'left':
      return { heading: t.ended.leftHeading, detail: null };
    case 'roomClosed':
      return { heading: t.ended.roomClosedHeading, detail: null };
    case 'kicked':
    case 'banned':
    case 'debrief':
    case 'meetingEnded':
    case 'youEndedMeeting':
      return { heading: t.ended[`${reason}Heading`], detail: t.ended[reason] };
    case 'roomFull':
      return { heading: t.ended.roomFullHeading, detail: roomFullMax === null ? null : t.ended.roomFull(roomFullMax) };
    case 'timeLimit':
      return { heading: t.entry.timeLimitHeading, detail: t.entry.timeLimit };
    case 'notAdmitted':
      return { heading: t.waiting.notAdmittedHeading, detail: t.waiting.notAdmitted };
    case 'ticketRejected':
      return { heading: t.entry.ticketRejectedHeading, detail: t.entry.ticketRejected };
  }
}

/** After the meeting: why it ended, and the ways on (rejoin unless removed, back to start). */
export function EndedPage(props: {
  readonly reason: EndedReason;
  readonly roomFullMax: number | null;
  readonly onRejoin: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const { heading: text, detail } = endedTexts(t, props.reason, props.roomFullMax);
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
