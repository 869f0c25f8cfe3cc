import { useChunk } from '@plenum/client-kit/ui';
import type { RoomId } from '@plenum/protocol';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DialInApi } from '../api/dialInApi.js';
import type { RoomInfo, RoomsApi } from '../api/roomsApi.js';
import { createTicketsApi, type TicketResult, type TicketsApi } from '../api/ticketsApi.js';
import type { ConferenceSession, SessionEndReason, SessionInit } from '../conference/ConferenceSession.js';
import { localDevicePreferences } from '../conference/devicePreferences.js';
import { loadOwnerDialIn } from '../conference/ownerDialIn.js';
import { type ResumeRecord, sessionResumeStore } from '../conference/resumeStore.js';
import { EntryRefused } from '../entry/EntryRefused.js';
import { type EntryGate, entryGateOf, type RoomLoadProblem, roomLoadProblemOf } from '../entry/entryGate.js';
import { PasswordStep } from '../entry/PasswordStep.js';
import { SignInToJoin } from '../entry/SignInToJoin.js';
import { createTicketSource } from '../entry/ticketSource.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { guestNameStore } from '../invite/guestNameStore.js';
import { type JoinChoice, PreJoin } from '../prejoin/PreJoin.js';
import { Link } from '../router/Link.js';
import { roomPath } from '../router/matchRoute.js';
import { PageShell } from '../shell/PageShell.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { EndedPage, type EndedReason } from './EndedPage.js';
import { loadMeetingRuntime, type MeetingRuntime } from './loadMeetingRuntime.js';

/**
 * `signIn`: neither signed in nor a guest of this room (401), the meeting is private; `refused`: a guest whose
 * invitation was revoked or whose room no longer takes guests.
 */
type Load = { readonly state: 'loading' } | RoomLoadProblem | { readonly state: 'ready'; readonly room: RoomInfo };

type Phase =
  | { readonly kind: 'prejoin'; readonly name?: string; readonly resumeExpired?: boolean }
  /** Reloaded during the meeting, within the grace period: straight back in once the room is loaded. */
  | { readonly kind: 'resuming'; readonly record: ResumeRecord }
  /** "Join" was pressed before the meeting's code had arrived: the session starts when it has. */
  | { readonly kind: 'joining'; readonly choice: JoinChoice }
  | { readonly kind: 'conference'; readonly session: ConferenceSession; readonly displayName: string }
  | { readonly kind: 'ended'; readonly reason: EndedReason; readonly roomFullMax: number | null };

/**
 * `/r/:roomId`: loads the room, asks for an access ticket (entry: sign in, room password, or
 * refused), then pre-join → conference (or the waiting screen first) → ended. The ticket from
 * the entry step serves the first join; every later join gets a fresh one from the same
 * source, which keeps a password that worked in memory. A reload during the meeting (this tab
 * holds a fresh resume ticket for the room) skips pre-join and resumes the same participant
 * with the remembered devices and mute state; if the server no longer keeps the seat, pre-join
 * comes back with the name filled in. When no ticket is to be had any more mid-meeting, the
 * entry step comes back and says why. The meeting's code loads alongside (see `loadMeetingRuntime`), so the
 * entry and pre-join screens need none of it; "Join" pressed before it arrived waits for it on the loading screen.
 */
export function RoomPage({
  roomId,
  api,
  tickets: givenTickets,
  dialIn,
}: {
  readonly roomId: RoomId;
  readonly api: RoomsApi;
  readonly tickets?: TicketsApi;
  /** For the owner's dial-in details in the meeting; none without it. */
  readonly dialIn?: DialInApi;
}) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** The meeting's code, a chunk of its own: it loads while the entry and pre-join screens show. */
  const runtime = useChunk(loadMeetingRuntime, attempt);
  const tickets = useMemo(() => givenTickets ?? createTicketsApi(), [givenTickets]);
  const source = useMemo(() => createTicketSource({ api: tickets, roomId }), [tickets, roomId]);
  const [gate, setGate] = useState<EntryGate>({ state: 'checking' });
  const [checkingPassword, setCheckingPassword] = useState(false);
  /** The name a guest gave on the invite page (this tab only), offered in pre-join. */
  const [guestName] = useState(() => guestNameStore().load(roomId));
  const [offeredName, setOfferedName] = useState<string | undefined>(undefined);
  const resumeStore = useMemo(() => sessionResumeStore(roomId), [roomId]);
  const loadDialIn = useMemo(() => (dialIn ? () => loadOwnerDialIn(dialIn, roomId) : undefined), [dialIn, roomId]);
  const [phase, setPhase] = useState<Phase>(() => {
    const record = resumeStore.load();
    return record ? { kind: 'resuming', record } : { kind: 'prejoin' };
  });

  /** The gate after a ticket request; a guest's ticket also brings the name they gave with the invite. */
  const gateAfter = useCallback((result: TicketResult): EntryGate => {
    if (!result.ok) return entryGateOf(result.problem);
    if (result.ticket.role === 'guest' && result.ticket.displayName !== '') setOfferedName(result.ticket.displayName);
    return { state: 'open' };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on "Try again"
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    setGate({ state: 'checking' });
    api.get(roomId).then(
      (room) => {
        if (cancelled) return;
        setLoad({ state: 'ready', room });
        void source.enter().then((result) => !cancelled && setGate(gateAfter(result)));
      },
      (error: unknown) => !cancelled && setLoad(roomLoadProblemOf(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, roomId, attempt, source, gateAfter]);

  const submitPassword = (password: string) => {
    setCheckingPassword(true);
    void source.enter(password).then((result) => {
      setCheckingPassword(false);
      setGate(gateAfter(result));
    });
  };

  /** Starts the meeting: the session (signalling, media, modules) from the meeting's code, then the conference. */
  const begin = useCallback(
    ({ ConferenceSession, browserDeps }: MeetingRuntime, init: SessionInit) => {
      const session = new ConferenceSession(init, browserDeps(roomId, resumeStore, source.next));
      session.start();
      setPhase({ kind: 'conference', session, displayName: init.displayName });
    },
    [roomId, resumeStore, source],
  );

  const join = useCallback(
    (choice: JoinChoice) => {
      guestNameStore().clear(roomId);
      if (runtime.state === 'ready') begin(runtime.module, choice);
      else setPhase({ kind: 'joining', choice });
    },
    [roomId, runtime, begin],
  );

  /** A join that waited for the meeting's code, or a resume once the room, the entry and the code are there. */
  useEffect(() => {
    if (load.state !== 'ready' || gate.state !== 'open' || runtime.state !== 'ready') return;
    if (phase.kind === 'joining') begin(runtime.module, phase.choice);
    if (phase.kind === 'resuming') begin(runtime.module, resumeInit(phase.record));
  }, [load.state, gate.state, runtime, phase, begin]);

  const displayName = phase.kind === 'conference' ? phase.displayName : '';
  const ended = useCallback(
    (reason: SessionEndReason, roomFullMax: number | null) => {
      switch (reason) {
        case 'suspended':
          // The page is going away (reload, tab closed); nothing to show.
          return;
        case 'resumeRejected':
          setPhase({ kind: 'prejoin', name: displayName, resumeExpired: true });
          return;
        case 'accessRefused':
          // No ticket any more (signed out, password changed, invitation revoked): the entry step says why.
          setGate(entryGateOf(source.refusal ?? { kind: 'unavailable' }));
          setPhase({ kind: 'prejoin', name: displayName });
          return;
        default:
          setPhase({ kind: 'ended', reason, roomFullMax });
      }
    },
    [displayName, source],
  );

  const retry = () => setAttempt((n) => n + 1);
  if (load.state === 'signIn') return <SignInToJoin />;
  if (load.state === 'refused') return <EntryRefused reason={load.reason} />;
  if (load.state !== 'ready') return <RoomLoadState load={load} retry={retry} />;
  if (runtime.state === 'failed' && phase.kind !== 'prejoin') return <RoomLoadState load={runtime} retry={retry} />;
  const title = load.room.title || '';
  switch (gate.state) {
    case 'open':
      break;
    case 'checking':
      return <RoomLoadState load={{ state: 'loading' }} retry={retry} />;
    case 'signIn':
      return <SignInToJoin />;
    case 'password':
      return <PasswordStep title={title} error={gate.error} busy={checkingPassword} onSubmit={submitPassword} />;
    case 'refused':
      return <EntryRefused reason={gate.reason} />;
    case 'notFound':
    case 'failed':
      return <RoomLoadState load={{ state: gate.state }} retry={retry} />;
  }
  switch (phase.kind) {
    case 'prejoin':
      return (
        <PreJoin
          title={title}
          onJoin={join}
          initialName={phase.name ?? guestName ?? offeredName}
          resumeExpired={phase.resumeExpired ?? false}
        />
      );
    case 'resuming':
    case 'joining':
      return <RoomLoadState load={{ state: 'loading' }} retry={() => undefined} />;
    case 'conference': {
      if (runtime.state !== 'ready') return <RoomLoadState load={{ state: 'loading' }} retry={() => undefined} />;
      const { Conference } = runtime.module;
      return (
        <Conference
          session={phase.session}
          title={title}
          meetingLink={`${window.location.origin}${roomPath(roomId)}`}
          loadDialIn={loadDialIn}
          onEnded={ended}
        />
      );
    }
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

/** What a reload within the grace period resumes with: the remembered devices and mute state, opened by the session. */
function resumeInit(record: ResumeRecord): SessionInit {
  const devices = localDevicePreferences().load();
  return {
    displayName: record.displayName,
    microphone: null,
    camera: null,
    microphoneMuted: record.microphone === 'muted',
    microphoneDeviceId: devices.microphone,
    cameraDeviceId: devices.camera,
    speakerDeviceId: devices.speaker,
    resume: record.ticket,
    open: { microphone: record.microphone !== 'off', camera: record.camera },
  };
}

function RoomLoadState({
  load,
  retry,
}: {
  readonly load: Exclude<Load, { state: 'ready' | 'refused' | 'signIn' }>;
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
