import type { ClosedReason } from '@plenum/module-core/client';
import { initials, ParticipantList } from '@plenum/module-core/ui';
import { mediaStateOf } from '@plenum/module-media/client';
import {
  CameraIcon,
  CameraOffIcon,
  LeaveIcon,
  MediaStatusIcons,
  MicIcon,
  MicOffIcon,
  PeopleIcon,
  RemoteAudio,
  ScreenIcon,
  SettingsIcon,
  VideoTile,
} from '@plenum/module-media/ui';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { ToggleButton } from '../shell/ToggleButton.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { buildTiles } from './buildTiles.js';
import type { ConferenceSession } from './ConferenceSession.js';
import { LiveAnnouncer } from './LiveAnnouncer.js';
import { SettingsDialog } from './SettingsDialog.js';

export interface ConferenceProps {
  readonly session: ConferenceSession;
  readonly title: string;
  readonly onEnded: (reason: ClosedReason, roomFullMax: number | null) => void;
}

const canShareScreen =
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';

/**
 * The conference view: tile grid, participant panel, toolbar, connection banner, notices and
 * remote audio. It renders from session snapshots, which change on protocol events and on
 * active-speaker switches only; video and audio are attached through refs, never per frame.
 */
export function Conference({ session, title, onEnded }: ConferenceProps) {
  const { t } = useI18n();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [panelOpen, setPanelOpen] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>();
  const panelHeadingId = useId();
  const videoHeadingId = useId();
  const participantsButton = useRef<HTMLDivElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const shownTitle = title || t.room.untitled;
  useDocumentTitle(shownTitle, t.appName);

  useEffect(() => {
    const leave = () => session.leave();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      session.dispose();
    };
  }, [session]);

  const { connection, room, media, local, remote, activeSpeaker, notice, roomFullMax, mediaRestoring, devices } =
    snapshot;
  useEffect(() => {
    if (connection.phase === 'closed') onEnded(connection.reason, roomFullMax);
  }, [connection, roomFullMax, onEnded]);

  const selfId = room.self?.participantId ?? null;
  const tiles = useMemo(
    () =>
      buildTiles({
        selfId,
        selfName: room.participants.find((p) => p.id === selfId)?.displayName ?? '',
        participants: room.participants,
        media,
        remote,
        local,
      }),
    [selfId, room.participants, media, remote, local],
  );
  const remoteAudio = useMemo(
    () => remote.filter((r) => r.kind === 'audio').map((r) => ({ key: `${r.mid}:${r.track.id}`, track: r.track })),
    [remote],
  );
  const screenCount = tiles.filter((x) => x.source === 'screen').length;
  const micOff = !local.microphone || local.microphoneMuted;
  const alone = room.self !== null && room.participants.filter((p) => p.id !== selfId).length === 0;

  const closePanel = () => {
    setPanelOpen(false);
    participantsButton.current?.querySelector('button')?.focus();
  };

  return (
    <div className="conference" data-theme="dark">
      <a className="skip-link" href="#conference-main">
        {t.skipToContent}
      </a>
      <header className="conference__header">
        <h1 ref={heading} tabIndex={-1} className="conference__title">
          {shownTitle}
        </h1>
        <LanguageSwitch />
      </header>
      {connection.phase !== 'joined' && connection.phase !== 'closed' && (
        <div className="banner" role="status">
          {connection.phase === 'connecting'
            ? t.conference.joining
            : connection.serverShutdown
              ? t.conference.serverRestarting
              : t.conference.reconnecting}
        </div>
      )}
      {mediaRestoring && connection.phase === 'joined' && (
        // Not a live region: the announcer says it once, and a calm banner should not repeat it.
        <div className="banner banner--calm" data-testid="media-restoring">
          {t.conference.mediaRestoring}
        </div>
      )}
      {notice && (
        <div className="banner banner--notice" role="alert">
          <span>
            {
              {
                mediaUnavailable: t.conference.mediaUnavailable,
                publishFailed: t.conference.publishFailed,
                screenProblem: t.conference.screenProblem,
                micProblem: t.conference.micProblem,
                cameraProblem: t.conference.cameraProblem,
                microphoneFallback: t.conference.microphoneFallback,
                cameraFallback: t.conference.cameraFallback,
                speakerFallback: t.conference.speakerFallback,
              }[notice]
            }
          </span>
          <button type="button" className="button button--small" onClick={() => session.dismissNotice()}>
            {t.conference.dismiss}
          </button>
        </div>
      )}
      <main id="conference-main" className="conference__main" tabIndex={-1}>
        <section className="stage" aria-labelledby={videoHeadingId}>
          <h2 id={videoHeadingId} className="visually-hidden">
            {t.conference.videoHeading}
          </h2>
          {alone && <AloneHint />}
          <ul className="tile-grid" data-count={Math.min(tiles.length - screenCount, 16)} data-screens={screenCount}>
            {tiles.map((tile) => (
              <VideoTile
                key={tile.key}
                participantId={tile.participantId}
                name={tile.name}
                initials={initials(tile.name)}
                source={tile.source}
                track={tile.track}
                isSelf={tile.isSelf}
                microphoneMuted={tile.microphoneMuted}
                speaking={activeSpeaker !== null && activeSpeaker === tile.participantId}
                messages={t.media}
              />
            ))}
          </ul>
        </section>
        {panelOpen && (
          <aside className="side-panel" aria-labelledby={panelHeadingId}>
            <ParticipantList
              participants={room.participants}
              selfId={selfId}
              messages={t.core}
              headingId={panelHeadingId}
              onClose={closePanel}
              status={(p) =>
                p.id === selfId ? (
                  <MediaStatusIcons
                    media={{
                      microphone: { published: local.microphone !== null, muted: local.microphoneMuted },
                      camera: { published: local.camera !== null, muted: false },
                      screen: { published: local.screen !== null, muted: false },
                    }}
                    messages={t.media}
                  />
                ) : (
                  <MediaStatusIcons media={mediaStateOf(media, p.id)} messages={t.media} />
                )
              }
            />
          </aside>
        )}
      </main>
      <section className="toolbar" aria-label={t.controls.toolbar}>
        <div className="toolbar__group">
          <ToggleButton
            label={t.controls.muteMicrophone}
            pressed={micOff}
            onClick={() => void session.toggleMicrophone()}
            icon={micOff ? <MicOffIcon /> : <MicIcon />}
          />
          <ToggleButton
            label={t.controls.turnCameraOff}
            pressed={local.camera === null}
            onClick={() => void session.toggleCamera()}
            icon={local.camera === null ? <CameraOffIcon /> : <CameraIcon />}
          />
          {canShareScreen && (
            <ToggleButton
              label={t.controls.shareScreen}
              pressed={local.screen !== null}
              onClick={() => void session.toggleScreen()}
              icon={<ScreenIcon />}
            />
          )}
          <div ref={participantsButton} className="toolbar__slot">
            <ToggleButton
              label={t.controls.showParticipants}
              pressed={panelOpen}
              onClick={() => (panelOpen ? closePanel() : setPanelOpen(true))}
              icon={<PeopleIcon />}
              badge={String(room.participants.length)}
            />
          </div>
          <button
            ref={settingsButton}
            type="button"
            className="control control--toolbar"
            aria-haspopup="dialog"
            onClick={() => setSettingsOpen(true)}
          >
            <SettingsIcon />
            <span className="control__label">{t.controls.settings}</span>
          </button>
        </div>
        <button type="button" className="control control--danger" onClick={() => session.leave()}>
          <LeaveIcon />
          <span className="control__label">{t.controls.leave}</span>
        </button>
      </section>
      <LiveAnnouncer session={session} t={t} />
      <RemoteAudio tracks={remoteAudio} sinkId={devices.speaker} messages={t.media} />
      {settingsOpen && (
        <SettingsDialog
          session={session}
          local={local}
          devices={devices}
          onClose={() => setSettingsOpen(false)}
          returnFocus={settingsButton}
        />
      )}
    </div>
  );
}

/** Shown while nobody else is here: the link to share, with a copy button. */
function AloneHint() {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard?.writeText(window.location.href).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="alone-hint">
      <p>{t.conference.aloneHint}</p>
      <button type="button" className="button button--small" onClick={copy}>
        {t.conference.copyLink}
      </button>
      <span role="status" className="alone-hint__status">
        {copied ? t.conference.linkCopied : ''}
      </span>
    </div>
  );
}
