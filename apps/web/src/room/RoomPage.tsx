import type { ClosedReason } from '@plenum/module-core/client';
import type { RoomId } from '@plenum/protocol';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiFailure } from '../api/http.js';
import type { RoomInfo, RoomsApi } from '../api/roomsApi.js';
import { browserDeps } from '../conference/browserDeps.js';
import { Conference } from '../conference/Conference.js';
import { ConferenceSession } from '../conference/ConferenceSession.js';
import { localDevicePreferences } from '../conference/devicePreferences.js';
import { type ResumeRecord, sessionResumeStore } from '../conference/resumeStore.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { type JoinChoice, PreJoin } from '../prejoin/PreJoin.js';
import { Link } from '../router/Link.js';
import { roomPath } from '../router/matchRoute.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { EndedPage, type EndedReason } from './EndedPage.js';

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'notFound' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly room: RoomInfo };

type Phase =
  | { readonly kind: 'prejoin'; readonly name?: string; readonly resumeExpired?: boolean }
  /** Reloaded during the meeting, within the grace period: straight back in once the room is loaded. */
  | { readonly kind: 'resuming'; readonly record: ResumeRecord }
  | { readonly kind: 'conference'; readonly session: ConferenceSession; readonly displayName: string }
  | { readonly kind: 'ended'; readonly reason: EndedReason; readonly roomFullMax: number | null };

/**
 * `/r/:roomId`: loads the room, then pre-join → conference → ended. A reload during the
 * meeting (this tab holds a fresh resume ticket for the room) skips pre-join and resumes the
 * same participant with the remembered devices and mute state; if the server no longer keeps
 * the seat, pre-join comes back with the name filled in.
 */
export function RoomPage({ roomId, api }: { readonly roomId: RoomId; readonly api: RoomsApi }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const resumeStore = useMemo(() => sessionResumeStore(roomId), [roomId]);
  const [phase, setPhase] = useState<Phase>(() => {
    const record = resumeStore.load();
    return record ? { kind: 'resuming', record } : { kind: 'prejoin' };
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on "Try again"
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    api.get(roomId).then(
      (room) => !cancelled && setLoad({ state: 'ready', room }),
      (error: unknown) =>
        !cancelled && setLoad({ state: error instanceof ApiFailure && error.status === 404 ? 'notFound' : 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, roomId, attempt]);

  const join = useCallback(
    (choice: JoinChoice) => {
      const session = new ConferenceSession(
        {
          displayName: choice.displayName,
          microphone: choice.microphone,
          camera: choice.camera,
          microphoneMuted: choice.microphoneMuted,
          microphoneDeviceId: choice.microphoneDeviceId,
          cameraDeviceId: choice.cameraDeviceId,
          speakerDeviceId: choice.speakerDeviceId,
        },
        browserDeps(roomId, resumeStore),
      );
      session.start();
      setPhase({ kind: 'conference', session, displayName: choice.displayName });
    },
    [roomId, resumeStore],
  );

  useEffect(() => {
    if (load.state !== 'ready' || phase.kind !== 'resuming') return;
    const { record } = phase;
    const devices = localDevicePreferences().load();
    const session = new ConferenceSession(
      {
        displayName: record.displayName,
        microphone: null,
        camera: null,
        microphoneMuted: record.microphone === 'muted',
        microphoneDeviceId: devices.microphone,
        cameraDeviceId: devices.camera,
        speakerDeviceId: devices.speaker,
        resume: record.ticket,
        open: { microphone: record.microphone !== 'off', camera: record.camera },
      },
      browserDeps(roomId, resumeStore),
    );
    session.start();
    setPhase({ kind: 'conference', session, displayName: record.displayName });
  }, [load.state, phase, roomId, resumeStore]);

  const displayName = phase.kind === 'conference' ? phase.displayName : '';
  const ended = useCallback(
    (reason: ClosedReason, roomFullMax: number | null) => {
      switch (reason) {
        case 'suspended':
          // The page is going away (reload, tab closed); nothing to show.
          return;
        case 'resumeRejected':
          setPhase({ kind: 'prejoin', name: displayName, resumeExpired: true });
          return;
        default:
          setPhase({ kind: 'ended', reason, roomFullMax });
      }
    },
    [displayName],
  );

  if (load.state !== 'ready') return <RoomLoadState load={load} retry={() => setAttempt((n) => n + 1)} />;
  const title = load.room.title || '';
  switch (phase.kind) {
    case 'prejoin':
      return (
        <PreJoin title={title} onJoin={join} initialName={phase.name} resumeExpired={phase.resumeExpired ?? false} />
      );
    case 'resuming':
      return <RoomLoadState load={{ state: 'loading' }} retry={() => undefined} />;
    case 'conference':
      return (
        <Conference
          session={phase.session}
          title={title}
          meetingLink={`${window.location.origin}${roomPath(roomId)}`}
          onEnded={ended}
        />
      );
    case 'ended':
      return (
        <EndedPage
          reason={phase.reason}
          roomFullMax={phase.roomFullMax}
          onRejoin={() => setPhase({ kind: 'prejoin' })}
        />
      );
  }
}

function RoomLoadState({
  load,
  retry,
}: {
  readonly load: Exclude<Load, { state: 'ready' }>;
  readonly retry: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>(load.state);
  const text =
    load.state === 'loading' ? t.room.loading : load.state === 'notFound' ? t.room.notFoundHeading : t.room.loadFailed;
  useDocumentTitle(text, t.appName);
  return (
    <PageShell>
      <div className="notice-page">
        {load.state === 'loading' ? (
          <p className="loading" role="status">
            {t.room.loading}
          </p>
        ) : (
          <>
            <h1 ref={heading} tabIndex={-1}>
              {load.state === 'notFound' ? t.room.notFoundHeading : t.room.loadFailed}
            </h1>
            {load.state === 'notFound' && <p>{t.room.notFound}</p>}
            <div className="actions">
              {load.state === 'failed' && (
                <button type="button" className="button button--primary" onClick={retry}>
                  {t.room.retry}
                </button>
              )}
              <Link href="/" className="button">
                {t.room.backToStart}
              </Link>
            </div>
          </>
        )}
      </div>
    </PageShell>
  );
}
