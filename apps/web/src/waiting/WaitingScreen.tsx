import { TrackVideo } from '@plenum/module-media/ui';
import type { Catalogue } from '../i18n/en.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { PageShell } from '../shell/PageShell.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import './WaitingScreen.css';

/** The waiting screen's heading, which is also the page title (the conference sets it). */
export function waitingHeading(t: Catalogue, sentBack: boolean): string {
  return sentBack ? t.waiting.sentBackHeading : t.waiting.heading;
}

/**
 * The calm screen of someone waiting for a moderator: what is happening, that nobody sees or
 * hears them, their own camera picture (local only, nothing is sent), and Leave. No participant
 * list, media or chat: a waiting person is not in the meeting yet. The heading takes focus when
 * the screen appears and again when a moderator sends the person back; the live region of the
 * conference announces both.
 */
export function WaitingScreen({
  title,
  sentBack,
  camera,
  onLeave,
}: {
  readonly title: string;
  readonly sentBack: boolean;
  readonly camera: MediaStreamTrack | null;
  readonly onLeave: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>(sentBack);
  const text = waitingHeading(t, sentBack);
  return (
    <PageShell>
      <div className="waiting-screen" data-testid="waiting-screen">
        <h1 ref={heading} tabIndex={-1}>
          {text}
        </h1>
        {title && <p className="waiting-screen__meeting">{title}</p>}
        <p className="lead">{sentBack ? t.waiting.sentBackText : t.waiting.text}</p>
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
