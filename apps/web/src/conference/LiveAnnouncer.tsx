import { type Locale, announcementText as moduleText } from '@plenum/client-kit/ui';
import { useEffect, useState } from 'react';
import type { Catalogue } from '../i18n/en.js';
import type { Announcement, ConferenceSession } from './ConferenceSession.js';
import { uiModules } from './moduleRegistry.js';

/** Words for an announcement in the current language. */
export function announcementText(t: Catalogue, locale: Locale, a: Announcement): string {
  switch (a.kind) {
    case 'joined':
      return t.announce.joined(a.name);
    case 'left':
    case 'lostConnection':
    case 'removed':
    case 'sentToWaitingRoom':
      return t.announce[a.kind](a.name);
    case 'shareStarted':
      return t.announce.shareStarted(a.name);
    case 'shareStopped':
      return t.announce.shareStopped(a.name);
    case 'nameChanged':
      return t.announce.nameChanged(a.name);
    case 'module':
      return moduleText(uiModules, a, locale);
    case 'waiting':
      return t.waiting.announceWaiting;
    case 'sentBack':
      return t.waiting.announceSentBack;
    case 'waitingForModerator':
      return t.waiting.announceWaitingForModerator;
    case 'moderatorArrived':
      return t.waiting.announceModeratorArrived;
    case 'moderatorGone':
      return t.waiting.announceModeratorGone;
    case 'admitted':
      return t.waiting.announceAdmitted;
    case 'youAreModerator':
    case 'youAreNoLongerModerator':
      return t.roles[a.kind];
    case 'youJoined':
    case 'micMuted':
    case 'micUnmuted':
    case 'cameraOff':
    case 'cameraOn':
    case 'youShare':
    case 'youStopShare':
    case 'mediaRestoring':
    case 'mediaRestored':
    case 'linkCopied':
    case 'renameAllowed':
      return t.announce[a.kind];
  }
}

/**
 * A polite live region for the session's announcements (joins, leaves, own mute changes,
 * screen shares). Keeps the last few lines so quick successions are all read out; the region
 * exists from the first render, which screen readers need to pick up changes.
 */
export function LiveAnnouncer({
  session,
  t,
  locale,
}: {
  readonly session: ConferenceSession;
  readonly t: Catalogue;
  readonly locale: Locale;
}) {
  const [lines, setLines] = useState<readonly { readonly id: number; readonly text: string }[]>([]);
  useEffect(() => {
    let next = 0;
    return session.onAnnounce((a) => {
      const line = { id: next++, text: announcementText(t, locale, a) };
      setLines((current) => [...current.slice(-2), line]);
    });
  }, [session, t, locale]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="false" data-testid="announcements">
      {lines.map((l) => (
        <p key={l.id}>{l.text}</p>
      ))}
    </div>
  );
}
