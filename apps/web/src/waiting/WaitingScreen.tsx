import { TrackVideo } from '@plenum/module-media/ui';
import type { Catalogue } from '../i18n/en.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { PageShell } from '../shell/PageShell.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import './WaitingScreen.css';

/** Why this person waits: sent back by a moderator or not, and whether any moderator is there to let them in. */
export interface WaitingSituation {
  readonly sentBack: boolean;
  readonly moderatorPresent: boolean;
}

/**
 * The waiting screen's heading, which is also the page title (the conference sets it), and the sentence below it.
 * While no moderator is in the meeting it says so: nobody can let the person in until one joins.
 */
export function waitingTexts(t: Catalogue, { sentBack, moderatorPresent }: WaitingSituation) {
  return {
    heading: sentBack ? t.waiting.sentBackHeading : moderatorPresent ? t.waiting.heading : t.waiting.noModeratorHeading,
    text: !moderatorPresent ? t.waiting.noModeratorText : sentBack ? t.waiting.sentBackText : t.waiting.text,
  };
}

/** The waiting screen's heading, which is also the page title. */
export function waitingHeading(t: Catalogue, situation: WaitingSituation): string {
  return waitingTexts(t, situation).heading;
}

/**
 * The calm screen of someone waiting for a moderator: what is happening, that nobody sees or
 * hears them, their own camera picture (local only, nothing is sent), and Leave. No participant
 * list, media or chat: a waiting person is not in the meeting yet. The heading takes focus when
 * the screen appears and again when a moderator sends the person back; the live region of the
 * conference announces both, and also when a moderator arrives or the last one leaves (the heading changes then
 * without taking focus).
 */
export function WaitingScreen({
  title,
  sentBack,
  moderatorPresent,
  camera,
  onLeave,
}: {
  readonly title: string;
  readonly sentBack: boolean;
  readonly moderatorPresent: boolean;
  readonly camera: MediaStreamTrack | null;
  readonly onLeave: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>(sentBack);
  const { heading: text, text: lead } = waitingTexts(t, { sentBack, moderatorPresent });
  return (
    <PageShell>
      <div className="waiting-screen" data-testid="waiting-screen">
        <h1 ref={heading} tabIndex={-1}>
          {text}
        </h1>
        {title && <p className="waiting-screen__meeting">{title}</p>}
        <p className="lead">{lead}</p>
        <p>{t.waiting.privacy}</p>
        {camera && (
          <figure className="waiting-screen__preview preview" data-video="true">
            <TrackVideo track={camera} mirrored />
            <figcaption className="visually-hidden">{t.waiting.preview}</figcaption>
          </figure>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={onLeave}>
            {t.waiting.leave}
          </button>
        </div>
      </div>
    </PageShell>
  );
}
