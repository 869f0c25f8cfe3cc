import type { ClosedReason } from '@plenum/module-core/client';
import type { RoomId } from '@plenum/protocol';
import { useCallback, useEffect, useState } from 'react';
import { ApiFailure, type RoomInfo, type RoomsApi } from '../api/roomsApi.js';
import { browserDeps } from '../conference/browserDeps.js';
import { Conference } from '../conference/Conference.js';
import { ConferenceSession } from '../conference/ConferenceSession.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { type JoinChoice, PreJoin } from '../prejoin/PreJoin.js';
import { Link } from '../router/Link.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { EndedPage } from './EndedPage.js';

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'notFound' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly room: RoomInfo };

type Phase =
  | { readonly kind: 'prejoin' }
  | { readonly kind: 'conference'; readonly session: ConferenceSession }
  | { readonly kind: 'ended'; readonly reason: ClosedReason; readonly roomFullMax: number | null };

/** `/r/:roomId`: loads the room, then pre-join → conference → ended. */
export function RoomPage({ roomId, api }: { readonly roomId: RoomId; readonly api: RoomsApi }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'prejoin' });

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
        browserDeps(roomId),
      );
      session.start();
      setPhase({ kind: 'conference', session });
    },
    [roomId],
  );

  const ended = useCallback((reason: ClosedReason, roomFullMax: number | null) => {
    setPhase({ kind: 'ended', reason, roomFullMax });
  }, []);

  if (load.state !== 'ready') return <RoomLoadState load={load} retry={() => setAttempt((n) => n + 1)} />;
  const title = load.room.title || '';
  switch (phase.kind) {
    case 'prejoin':
      return <PreJoin title={title} onJoin={join} />;
    case 'conference':
      return <Conference session={phase.session} title={title} onEnded={ended} />;
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
