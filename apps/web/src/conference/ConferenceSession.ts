import {
  type AnyClientModule,
  applyChange,
  checkRegistry,
  createSend,
  initModules,
  type ModuleContext,
  type ModuleStates,
  type Routed,
  type RuntimeChange,
  refusedAnnouncement,
  routeFrame,
  type Send,
  selfChanged,
  selfOf,
  switchAnnouncements,
} from '@plenum/client-kit';
import {
  type ClosedReason,
  type ClosedStatus,
  type ConnectionStatus,
  type CoreCommands,
  createCoreCommands,
  initialRoomState,
  leaveKind,
  parseFrame,
  type RoomState,
  roomReducer,
  SignalingConnection,
  type SocketHandlers,
  type SocketLike,
  selfParticipant,
  type TicketAnswer,
} from '@plenum/module-core/client';
import { type CoreProtocol, coreProtocol, type ResumeTicket } from '@plenum/module-core/protocol';
import {
  ActiveSpeakerDetector,
  AudioLevelMonitor,
  acquirePreferred,
  acquireScreen,
  acquireTrack,
  createMediaCommands,
  type DeviceFailure,
  initialMediaRoomState,
  MediaRecovery,
  type MediaRoomState,
  mediaReducer,
  mediaStateOf,
  type PeerLike,
  Publisher,
  PublishRejectedError,
  parseMediaJoinState,
  type RemoteTrack,
  Subscriber,
} from '@plenum/module-media/client';
import { mediaProtocol } from '@plenum/module-media/protocol';
import { assertNever, type ErrorOf, type ParticipantId, type Protocol, signalingProtocol } from '@plenum/protocol';
import type { Announcement } from './Announcement.js';
import type { DevicePreferenceStore, DevicePreferences } from './devicePreferences.js';
import type { ShownNotice } from './notices/Notice.js';
import { NoticeBoard } from './notices/NoticeBoard.js';
import { endedAnnouncement, noticeHolds } from './notices/noticeRules.js';
import type { ResumeMedia, ResumeStore } from './resumeStore.js';

export type { Announcement } from './Announcement.js';
export type { Notice, ShownNotice } from './notices/Notice.js';

/**
 * Why the session ended for good: the connection's reasons (a moderator's removal and a refused ban among them), and
 * `youEndedMeeting` when this very person ended the meeting for everyone.
 */
export type SessionEndReason = ClosedReason | 'youEndedMeeting';

/** The connection's status, with the reason it closed as the ended page tells it. */
export type SessionConnection =
  | Exclude<ConnectionStatus, { readonly phase: 'closed' }>
  | { readonly phase: 'closed'; readonly reason: SessionEndReason };

/** The reason the ended page tells: the connection's, but "you ended the meeting" for the moderator who did. */
export function sessionEndReason(status: ClosedStatus): SessionEndReason {
  return status.reason === 'meetingEnded' && status.byYou ? 'youEndedMeeting' : status.reason;
}

export interface LocalMedia {
  readonly microphone: MediaStreamTrack | null;
  readonly camera: MediaStreamTrack | null;
  readonly screen: MediaStreamTrack | null;
  readonly microphoneMuted: boolean;
}

export interface SessionSnapshot {
  readonly connection: SessionConnection;
  readonly room: RoomState;
  readonly media: MediaRoomState;
  /** The state of every registered module that is on in this room, by namespace (none while waiting). */
  readonly modules: ModuleStates;
  /** False when the server has the media module off for this room. */
  readonly mediaEnabled: boolean;
  readonly local: LocalMedia;
  readonly remote: readonly RemoteTrack[];
  /** Participant id of the active speaker (self included), or null. */
  readonly activeSpeaker: string | null;
  /** A peer connection failed and is being rebuilt; the meeting itself goes on. */
  readonly mediaRestoring: boolean;
  /** The chosen camera, microphone and speaker ('' = system default). */
  readonly devices: DevicePreferences;
  /** What is wrong or holds this person, oldest first; see `NoticeBoard` for how they come and go. */
  readonly notices: readonly ShownNotice[];
  readonly roomFullMax: number | null;
}

export interface SessionInit {
  readonly displayName: string;
  readonly microphone: MediaStreamTrack | null;
  readonly camera: MediaStreamTrack | null;
  readonly microphoneMuted: boolean;
  readonly microphoneDeviceId: string;
  readonly cameraDeviceId: string;
  /** Output device for remote audio ('' = system default). */
  readonly speakerDeviceId: string;
  /** Coming back after a page reload: resume this participant instead of joining afresh. */
  readonly resume?: ResumeTicket | undefined;
  /**
   * Devices the session opens itself on `start` (after a reload there is no pre-join screen
   * to hand tracks over); `microphoneMuted` applies to the microphone opened this way.
   */
  readonly open?: { readonly microphone: boolean; readonly camera: boolean } | undefined;
}

/** The browser facilities the session uses, injected so the wiring is explicit and replaceable. */
export interface SessionDeps {
  /** A fresh single-use access ticket before every join (see `SignalingConnection`). */
  readonly ticket: () => Promise<TicketAnswer>;
  readonly openSocket: (handlers: SocketHandlers) => SocketLike;
  readonly schedule: (fn: () => void, ms: number) => () => void;
  readonly every: (fn: () => void, ms: number) => () => void;
  readonly now: () => number;
  readonly createPeer: () => PeerLike;
  readonly mediaDevices: MediaDevices | undefined;
  readonly createAudioContext: () => AudioContext | null;
  /** Where device choices made during the meeting are remembered. */
  readonly preferences: DevicePreferenceStore;
  /** Where this tab keeps the resume ticket across a reload; absent: not kept. */
  readonly resume?: ResumeStore | undefined;
  /** The registered modules besides core and media (see moduleRegistry); their frames are routed to them. */
  readonly modules: readonly AnyClientModule[];
  /** Plays module `ns`'s sound when one of its announcements asks for it, on the session's audio context. */
  readonly playSound?: ((ns: string, context: AudioContext | null) => void) | undefined;
}

const speakerSampleMs = 150;

/**
 * One person's presence in one meeting: signalling, the room and media reducers, the publisher
 * and subscriber peer connections, local tracks and the active-speaker measurement. React
 * reads it as an external store (`subscribe`/`getSnapshot`); every snapshot is immutable.
 *
 * Contract: after every `joined` (fresh or resumed) the media side is rebuilt from scratch,
 * because the server dropped the old connection's media sessions. Between those, a publisher
 * or subscriber peer connection that fails (or a publish that is never answered) is rebuilt on
 * its own with a backoff (`MediaRecovery`), while `mediaRestoring` is true. The session owns
 * the local tracks it was given and stops them on `leave`/`dispose`; switching a device
 * swaps the sent track in place (`replaceTrack`, no renegotiation), and a device that goes
 * away mid-meeting is replaced by the system default.
 *
 * Reload: every `joined` hands the resume ticket to `deps.resume`; `suspend` (the page is going
 * away) closes without a goodbye and notes the time and media state there, so the reloaded page
 * can resume the same participant; `leave`, an end of the meeting and a rejected ticket drop it.
 */
export class ConferenceSession {
  readonly #deps: SessionDeps;
  readonly #signaling: SignalingConnection;
  readonly #senders = new Map<string, Send<Protocol>>();
  #commandCount = 0;
  readonly #coreCommands: CoreCommands;
  readonly #listeners = new Set<() => void>();
  readonly #announcers = new Set<(a: Announcement) => void>();
  readonly #detector = new ActiveSpeakerDetector();
  #snapshot: SessionSnapshot;
  #publisher: Publisher | null = null;
  #subscriber: Subscriber | null = null;
  #audioContext: AudioContext | null = null;
  #monitor: AudioLevelMonitor | null = null;
  #stopSampling: (() => void) | null = null;
  readonly #recovery: MediaRecovery;
  /** Kinds whose lost device is being replaced right now (an unplug fires `ended` and `devicechange`). */
  readonly #replacing = new Set<'microphone' | 'camera'>();
  #joinedOnce = false;
  #ended = false;
  readonly #notices: NoticeBoard;
  /** This person's name as the server last confirmed it (kept with the resume ticket for a reload). */
  #displayName: string;
  /** The name this person asked for with `rename` and the server has not confirmed yet. */
  #requestedName: string | null = null;
  /** The resume ticket of the last `joined` and its grace period. */
  #resumeTicket: { readonly ticket: ResumeTicket; readonly graceSeconds: number } | null = null;
  readonly #open: SessionInit['open'];

  constructor(init: SessionInit, deps: SessionDeps) {
    this.#deps = deps;
    this.#displayName = init.displayName;
    this.#open = init.open;
    if (init.microphone) this.#watchEnded('microphone', init.microphone);
    if (init.camera) this.#watchEnded('camera', init.camera);
    if (init.microphone) init.microphone.enabled = !init.microphoneMuted;
    this.#recovery = new MediaRecovery({
      schedule: deps.schedule,
      restart: (target) =>
        target === 'publisher'
          ? (this.#publisher?.restart() ?? false)
          : (this.#subscriber?.restart() ?? false) && this.#othersPublish(),
      onRestoringChange: (restoring) => {
        this.#update({ mediaRestoring: restoring });
        this.#announce({ kind: restoring ? 'mediaRestoring' : 'mediaRestored' });
      },
    });
    this.#snapshot = {
      connection: { phase: 'connecting' },
      room: initialRoomState,
      media: initialMediaRoomState,
      modules: {},
      mediaEnabled: true,
      local: { microphone: init.microphone, camera: init.camera, screen: null, microphoneMuted: init.microphoneMuted },
      remote: [],
      activeSpeaker: null,
      mediaRestoring: false,
      devices: { camera: init.cameraDeviceId, microphone: init.microphoneDeviceId, speaker: init.speakerDeviceId },
      notices: [],
      roomFullMax: null,
    };
    this.#notices = new NoticeBoard({
      schedule: deps.schedule,
      now: deps.now,
      onChange: (notices) => this.#update({ notices }),
    });
    this.#signaling = new SignalingConnection({
      displayName: init.displayName,
      resume: init.resume,
      ticket: deps.ticket,
      openSocket: deps.openSocket,
      schedule: deps.schedule,
      onFrame: (frame) => this.#onFrame(frame),
      onStatus: (status) => {
        const connection: SessionConnection =
          status.phase === 'closed' ? { phase: 'closed', reason: sessionEndReason(status) } : status;
        this.#update({ connection });
        if (connection.phase === 'reconnecting' || connection.phase === 'waiting') this.#teardownPeers();
        if (connection.phase === 'closed') {
          if (connection.reason !== 'suspended') this.#deps.resume?.clear();
          this.#notices.clear();
          this.#endMedia();
        }
      },
    });
    checkRegistry(deps.modules);
    this.#coreCommands = createCoreCommands((frame) => this.#signaling.send(frame));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.#snapshot;

  onAnnounce(listener: (a: Announcement) => void): () => void {
    this.#announcers.add(listener);
    return () => this.#announcers.delete(listener);
  }

  /** Connects and joins. Call from a user gesture (the Join click) so audio may start. */
  start(): void {
    this.#audioContext = this.#deps.createAudioContext();
    if (this.#audioContext) {
      void this.#audioContext.resume().catch(() => undefined);
      this.#monitor = new AudioLevelMonitor(this.#audioContext);
      this.#stopSampling = this.#deps.every(() => this.#sampleSpeakers(), speakerSampleMs);
    }
    this.#deps.mediaDevices?.addEventListener?.('devicechange', this.#onDeviceChange);
    this.#signaling.start();
    if (this.#open?.microphone) void this.#openOnStart('microphone');
    if (this.#open?.camera) void this.#openOnStart('camera');
  }

  /** Resumes the audio context if the browser kept it suspended (no user gesture yet, e.g. after a reload). */
  resumeAudio(): void {
    if (this.#audioContext?.state === 'suspended') void this.#audioContext.resume().catch(() => undefined);
  }

  /** Says something in the meeting's live region on behalf of the UI (e.g. "Link copied"). */
  announce(announcement: Announcement): void {
    this.#announce(announcement);
  }

  async toggleMicrophone(): Promise<void> {
    const { microphone, microphoneMuted } = this.#snapshot.local;
    if (!microphone) {
      const acquired = await acquirePreferred(this.#deps.mediaDevices, 'audio', this.#snapshot.devices.microphone);
      if (this.#ended || this.#snapshot.local.microphone) {
        if (acquired.ok) acquired.track.stop();
        return;
      }
      if (!acquired.ok) return this.#notices.raise({ kind: 'micProblem', failure: acquired.failure });
      if (acquired.fellBack) this.#setDevices({ microphone: '' });
      this.#watchEnded('microphone', acquired.track);
      this.#updateLocal({ microphone: acquired.track, microphoneMuted: false });
      this.#publisher?.setMuted('microphone', false);
      this.#trackSelfLevel();
      this.#notices.acted('microphone');
      this.#announce({ kind: 'micUnmuted' });
      await this.#publisher?.setTrack('microphone', acquired.track);
      return;
    }
    const muted = !microphoneMuted;
    microphone.enabled = !muted;
    this.#updateLocal({ microphoneMuted: muted });
    this.#publisher?.setMuted('microphone', muted);
    // Unmuting answers "Alice muted you": that notice has done its job.
    if (!muted) this.#notices.acted('microphone');
    this.#announce({ kind: muted ? 'micMuted' : 'micUnmuted' });
  }

  async toggleCamera(): Promise<void> {
    const camera = this.#snapshot.local.camera;
    if (camera) {
      // Camera off: send nothing and release the device so the camera light goes off.
      this.#publisher?.setMuted('camera', true);
      await this.#publisher?.clearTrack('camera');
      camera.stop();
      this.#updateLocal({ camera: null });
      this.#announce({ kind: 'cameraOff' });
      return;
    }
    const acquired = await acquirePreferred(this.#deps.mediaDevices, 'video', this.#snapshot.devices.camera);
    if (this.#ended || this.#snapshot.local.camera) {
      if (acquired.ok) acquired.track.stop();
      return;
    }
    if (!acquired.ok) return this.#notices.raise({ kind: 'cameraProblem', failure: acquired.failure });
    if (acquired.fellBack) this.#setDevices({ camera: '' });
    this.#watchEnded('camera', acquired.track);
    this.#updateLocal({ camera: acquired.track });
    this.#announce({ kind: 'cameraOn' });
    await this.#publisher?.setTrack('camera', acquired.track);
    this.#publisher?.setMuted('camera', false);
  }

  /** Starts or stops sharing; without a moderator's permission it explains that instead of asking for a screen. */
  async toggleScreen(): Promise<void> {
    if (this.#snapshot.local.screen) return this.#stopScreen();
    if (selfParticipant(this.#snapshot.room)?.permissions.screen === false)
      return this.#notices.raise({ kind: 'screenShareNotAllowed' });
    const acquired = await acquireScreen(this.#deps.mediaDevices);
    if (this.#ended) {
      if (acquired.ok) acquired.track.stop();
      return;
    }
    if (!acquired.ok) {
      if (acquired.failure !== 'cancelled') this.#notices.raise({ kind: 'screenProblem' });
      return;
    }
    const track = acquired.track;
    // The browser's own "Stop sharing" bar ends the track.
    track.addEventListener('ended', () => {
      if (this.#snapshot.local.screen === track) void this.#stopScreen();
    });
    this.#updateLocal({ screen: track });
    this.#notices.acted('screen');
    this.#announce({ kind: 'youShare' });
    await this.#publisher?.setTrack('screen', track);
  }

  /**
   * Switches to another microphone ('' = system default). While a microphone is open, the new
   * one is opened first and swapped in without renegotiation, keeping the mute state; on
   * failure the old one stays and the failure is returned for the settings dialog to explain.
   * Without an open microphone the choice is kept for the next time it is turned on.
   */
  async selectMicrophone(deviceId: string): Promise<DeviceFailure | null> {
    const current = this.#snapshot.local.microphone;
    if (!current || this.#ended) {
      this.#setDevices({ microphone: deviceId });
      return null;
    }
    const acquired = await acquireTrack(this.#deps.mediaDevices, 'audio', deviceId || undefined);
    if (!acquired.ok) return acquired.failure;
    if (this.#ended || this.#snapshot.local.microphone !== current) {
      acquired.track.stop();
      if (!this.#ended) this.#setDevices({ microphone: deviceId });
      return null;
    }
    this.#setDevices({ microphone: deviceId });
    await this.#swapTrack('microphone', acquired.track);
    return null;
  }

  /** Like `selectMicrophone` for the camera; with the camera off, only the choice is kept. */
  async selectCamera(deviceId: string): Promise<DeviceFailure | null> {
    const current = this.#snapshot.local.camera;
    if (!current || this.#ended) {
      this.#setDevices({ camera: deviceId });
      return null;
    }
    const acquired = await acquireTrack(this.#deps.mediaDevices, 'video', deviceId || undefined);
    if (!acquired.ok) return acquired.failure;
    if (this.#ended || this.#snapshot.local.camera !== current) {
      acquired.track.stop();
      if (!this.#ended) this.#setDevices({ camera: deviceId });
      return null;
    }
    this.#setDevices({ camera: deviceId });
    await this.#swapTrack('camera', acquired.track);
    return null;
  }

  /** Routes all remote audio to `deviceId` ('' = system default). */
  selectSpeaker(deviceId: string): void {
    this.#setDevices({ speaker: deviceId });
  }

  /** Removes notice `id` (the person dismissed it). */
  dismissNotice(id: number): void {
    this.#notices.dismiss(id);
  }

  /** The person points at notice `id` or has focus in it (`held`), or no longer does; see `NoticeBoard.hold`. */
  holdNotice(id: number, held: boolean): void {
    this.#notices.hold(id, held);
  }

  /** Applies a pure, client-only change to module `ns`'s state (`SlotProps.update`); nothing while it is off. */
  updateModule(ns: string, change: (state: unknown) => unknown): void {
    const modules = this.#snapshot.modules;
    if (!Object.hasOwn(modules, ns)) return;
    const next = change(modules[ns]);
    if (next !== modules[ns]) this.#update({ modules: { ...modules, [ns]: next } });
  }

  /**
   * The typed command sender of a registered module. Every command gets an id, so the server's
   * error answer reaches the module with it.
   */
  sender<P extends Protocol>(protocol: P): Send<P> {
    let send = this.#senders.get(protocol.ns);
    if (!send) {
      send = createSend(
        protocol as Protocol,
        (frame) => this.#signaling.send(frame),
        () => `c${++this.#commandCount}`,
      );
      this.#senders.set(protocol.ns, send);
    }
    return send;
  }

  /**
   * Changes this person's own display name (the server may refuse: `renameLocked` notice). When it goes through, it is
   * announced; a change of the name that was not asked for here is shown as a moderator's.
   */
  rename(displayName: string): void {
    this.#requestedName = displayName;
    this.#coreCommands.rename(displayName);
  }

  /** Moderators: gives a participant moderator rights. */
  promote(participantId: ParticipantId): void {
    this.#coreCommands.promote(participantId);
  }

  /** Moderators: takes moderator rights away (also one's own). */
  demote(participantId: ParticipantId): void {
    this.#coreCommands.demote(participantId);
  }

  /** Leaves on purpose: tells the server, closes everything and releases the devices. */
  leave(): void {
    this.#deps.resume?.clear();
    this.#signaling.leave();
    this.#endMedia();
  }

  /**
   * The page is going away (reload, tab closed): closes without a goodbye, so the server keeps
   * the seat for the grace period, and notes the media state for the reloaded page.
   */
  suspend(): void {
    if (this.#ended) return;
    if (this.#snapshot.connection.phase === 'joined' || this.#snapshot.connection.phase === 'reconnecting')
      this.#deps.resume?.dropped(this.#resumeMedia());
    this.#signaling.suspend();
    this.#endMedia();
  }

  #resumeMedia(): ResumeMedia {
    const { microphone, microphoneMuted, camera } = this.#snapshot.local;
    return { microphone: microphone ? (microphoneMuted ? 'muted' : 'on') : 'off', camera: camera !== null };
  }

  /** Opens a device on `start` (after a reload) and sends it like one handed over by the pre-join screen. */
  async #openOnStart(kind: 'microphone' | 'camera'): Promise<void> {
    const acquired = await acquirePreferred(
      this.#deps.mediaDevices,
      kind === 'microphone' ? 'audio' : 'video',
      this.#snapshot.devices[kind],
    );
    if (this.#ended || this.#snapshot.local[kind]) {
      if (acquired.ok) acquired.track.stop();
      return;
    }
    if (!acquired.ok) {
      this.#notices.raise({ kind: kind === 'microphone' ? 'micProblem' : 'cameraProblem', failure: acquired.failure });
      return;
    }
    if (acquired.fellBack) this.#setDevices({ [kind]: '' });
    const track = acquired.track;
    this.#watchEnded(kind, track);
    if (kind === 'microphone') {
      const muted = this.#snapshot.local.microphoneMuted;
      track.enabled = !muted;
      this.#updateLocal({ microphone: track });
      this.#publisher?.setMuted('microphone', muted);
      this.#trackSelfLevel();
    } else {
      this.#updateLocal({ camera: track });
    }
    await this.#publisher?.setTrack(kind, track);
  }

  /** Releases everything without a goodbye (page unload is handled by `leave`). */
  dispose(): void {
    if (!this.#ended) this.leave();
  }

  /** Stops sharing; `announce`: say "You stopped sharing" (not when the server stopped it, a notice says why). */
  async #stopScreen(announce = true): Promise<void> {
    const screen = this.#snapshot.local.screen;
    if (!screen) return;
    screen.stop();
    this.#updateLocal({ screen: null });
    if (announce) this.#announce({ kind: 'youStopShare' });
    await this.#publisher?.removeSource('screen');
  }

  /** Sends `track` instead of the current one of `kind` (same m-line, no renegotiation) and releases the old device. */
  async #swapTrack(kind: 'microphone' | 'camera', track: MediaStreamTrack): Promise<void> {
    const old = this.#snapshot.local[kind];
    this.#watchEnded(kind, track);
    if (kind === 'microphone') {
      track.enabled = !this.#snapshot.local.microphoneMuted;
      this.#updateLocal({ microphone: track });
      this.#trackSelfLevel();
    } else {
      this.#updateLocal({ camera: track });
    }
    try {
      await this.#publisher?.setTrack(kind, track);
    } finally {
      if (old !== track) old?.stop();
    }
  }

  #watchEnded(kind: 'microphone' | 'camera', track: MediaStreamTrack): void {
    track.addEventListener('ended', () => void this.#deviceLost(kind, track));
  }

  /**
   * The device behind `track` went away (unplugged, taken by the system). Falls back to the
   * system default and says so; if there is none, the microphone is dropped or the camera
   * turned off, and the buttons offer to start them again.
   */
  async #deviceLost(kind: 'microphone' | 'camera', track: MediaStreamTrack): Promise<void> {
    if (this.#ended || this.#snapshot.local[kind] !== track || this.#replacing.has(kind)) return;
    this.#replacing.add(kind);
    const acquired = await acquireTrack(this.#deps.mediaDevices, kind === 'microphone' ? 'audio' : 'video');
    this.#replacing.delete(kind);
    if (this.#ended || this.#snapshot.local[kind] !== track) {
      if (acquired.ok) acquired.track.stop();
      return;
    }
    if (acquired.ok) {
      this.#setDevices({ [kind]: '' });
      this.#notices.raise({ kind: kind === 'microphone' ? 'microphoneFallback' : 'cameraFallback' });
      await this.#swapTrack(kind, acquired.track);
      return;
    }
    track.stop();
    if (kind === 'microphone') {
      this.#updateLocal({ microphone: null });
      this.#notices.raise({ kind: 'micProblem', failure: acquired.failure });
      await this.#publisher?.removeSource('microphone');
    } else {
      this.#publisher?.setMuted('camera', true);
      this.#updateLocal({ camera: null });
      this.#notices.raise({ kind: 'cameraProblem', failure: acquired.failure });
      this.#announce({ kind: 'cameraOff' });
      await this.#publisher?.clearTrack('camera');
    }
  }

  /** A device was plugged in or out: replace what is gone, and forget choices that no longer exist. */
  readonly #onDeviceChange = (): void => {
    const devices = this.#deps.mediaDevices;
    if (this.#ended || !devices?.enumerateDevices) return;
    devices.enumerateDevices().then(
      (all) => this.#reconcileDevices(all),
      () => undefined,
    );
  };

  #reconcileDevices(all: readonly MediaDeviceInfo[]): void {
    if (this.#ended) return;
    const idsOf = (kind: MediaDeviceKind): Set<string> | null => {
      const list = all.filter((d) => d.kind === kind);
      // Without permission the browser hides the ids: then nothing can be concluded.
      return list.some((d) => d.deviceId === '') ? null : new Set(list.map((d) => d.deviceId));
    };
    const checks = [
      ['microphone', idsOf('audioinput')],
      ['camera', idsOf('videoinput')],
    ] as const;
    for (const [kind, ids] of checks) {
      if (!ids) continue;
      const track = this.#snapshot.local[kind];
      const deviceId = track?.getSettings?.().deviceId;
      if (track && (track.readyState === 'ended' || (deviceId && !ids.has(deviceId)))) {
        void this.#deviceLost(kind, track);
      } else if (!track && this.#snapshot.devices[kind] && !ids.has(this.#snapshot.devices[kind])) {
        this.#setDevices({ [kind]: '' });
      }
    }
    const speakers = idsOf('audiooutput');
    const speaker = this.#snapshot.devices.speaker;
    if (speakers && speaker && !speakers.has(speaker)) {
      this.#setDevices({ speaker: '' });
      this.#notices.raise({ kind: 'speakerFallback' });
    }
  }

  #setDevices(patch: Partial<DevicePreferences>): void {
    const devices = { ...this.#snapshot.devices, ...patch };
    this.#update({ devices });
    this.#deps.preferences.save(devices);
  }

  /** Whether anyone else publishes anything, i.e. whether the server will offer a subscription. */
  #othersPublish(): boolean {
    const selfId = this.#snapshot.room.self?.participantId;
    return Object.entries(this.#snapshot.media.participants).some(
      ([id, m]) => id !== selfId && (m.microphone.published || m.camera.published || m.screen.published),
    );
  }

  /** Nothing left to receive: a subscriber waiting for its fresh offer will not get one. */
  #checkSubscriberNeeded(): void {
    if (this.#snapshot.mediaRestoring && !this.#othersPublish()) this.#recovery.connected('subscriber');
  }

  #onFrame(frame: unknown): void {
    const core = parseFrame(coreProtocol, frame);
    if (core?.kind === 'event') this.#onCoreEvent(core.event);
    else if (core?.kind === 'error') this.#onCoreError(core.error);
    const context = this.#moduleContext();
    const routed = context && routeFrame(this.#deps.modules, this.#snapshot.modules, frame, context);
    if (routed) this.#applyRouted(routed);
    const signaling = parseFrame(signalingProtocol, frame);
    if (context && signaling?.kind === 'error' && signaling.error.error === 'moduleSwitchedOff') {
      // Moderators switched the module off just before this client's command arrived: its module says so.
      const { modules } = this.#snapshot;
      const said = refusedAnnouncement(this.#deps.modules, modules, signaling.error.namespace, context);
      this.#applyRouted({ states: modules, announcements: said });
    }
    const media = parseFrame(mediaProtocol, frame);
    if (media?.kind === 'event') {
      const event = media.event;
      switch (event.event) {
        case 'publishAnswer':
          this.#publisher?.handleAnswer(event.sdp);
          break;
        case 'subscriberOffer':
          void this.#subscriber?.handleOffer(event);
          break;
        case 'screenShareRevoked':
          // A moderator took the permission away: the SFU already stopped forwarding it. The notice says a moderator did.
          if (!this.#snapshot.local.screen) break;
          void this.#stopScreen(false);
          this.#notices.raise({ kind: 'screenShareRevoked' });
          break;
        case 'mediaStateChanged': {
          const before = mediaStateOf(this.#snapshot.media, event.participantId).screen.published;
          this.#update({ media: mediaReducer(this.#snapshot.media, { type: 'event', event }) });
          const after = event.media.screen.published;
          this.#followForcedMute(event.participantId, event.media.microphone.muted);
          if (before !== after && event.participantId !== this.#snapshot.room.self?.participantId) {
            this.#announce({ kind: after ? 'shareStarted' : 'shareStopped', name: this.#nameOf(event.participantId) });
          }
          this.#checkSubscriberNeeded();
          break;
        }
        case 'talkingChanged':
          // A caller's talking only moves the speaker highlight; nothing is announced (it would never stop talking).
          this.#update({ media: mediaReducer(this.#snapshot.media, { type: 'event', event }) });
          this.#sampleSpeakers();
          break;
      }
    } else if (media?.kind === 'error') {
      const error = media.error;
      switch (error.error) {
        case 'negotiationFailed':
          if (error.target === 'publisher') this.#publisher?.handleRejected(error.error);
          else this.#notices.raise({ kind: 'mediaUnavailable' });
          break;
        case 'unknownMid':
          this.#publisher?.handleRejected(error.error);
          break;
        case 'mediaUnavailable':
          if (media.id !== undefined) {
            this.#publisher?.handleRejected(error.error);
            break;
          }
          // Unasked: the SFU lost this connection's media (it restarted). Rebuild now rather than wait for the
          // browser to notice its peer connections are dead (seconds of ICE timeouts and the grace period).
          this.#recovery.failed('publisher');
          this.#recovery.failed('subscriber');
          break;
        case 'notPublished':
        case 'noSubscription':
          break;
        case 'microphoneRestricted': {
          // The server keeps the microphone muted: show it muted here too.
          const microphone = this.#snapshot.local.microphone;
          if (microphone) microphone.enabled = false;
          this.#updateLocal({ microphoneMuted: true });
          this.#notices.raise({ kind: 'microphoneRestricted' });
          break;
        }
        case 'screenShareNotAllowed':
          this.#publisher?.handleRejected(error.error);
          if (this.#snapshot.local.screen) void this.#stopScreen(false);
          this.#notices.raise({ kind: 'screenShareNotAllowed' });
          break;
      }
    }
  }

  #onCoreError(error: ErrorOf<CoreProtocol>): void {
    switch (error.error) {
      case 'roomFull':
        this.#update({ roomFullMax: error.maxParticipants });
        return;
      case 'forbidden':
      case 'unknownParticipant':
      case 'cannotBeModerator':
      case 'cannotDemoteOwner':
        this.#notices.raise({ kind: 'moderationFailed' });
        return;
      case 'renameLocked':
        this.#requestedName = null;
        this.#notices.raise({ kind: 'renameLocked' });
        return;
      // `banned`: the connection stops by itself, as the join is refused for the rest of this meeting.
      case 'banned':
      case 'alreadyJoined':
      case 'resumeRejected':
      case 'stillWaiting':
        return;
      default:
        assertNever(error);
    }
  }

  /**
   * What modules may read besides their state; null while not inside (then every module is off). `receivedAt`: now,
   * as every input is handled when its frame arrives (modules learn the server's clock from it).
   */
  #moduleContext(room: RoomState = this.#snapshot.room): ModuleContext | null {
    if (!room.self) return null;
    const self = selfOf(room.self.participantId, room.participants);
    return { self, participants: room.participants, receivedAt: Date.now() };
  }

  /** Takes the modules' new states and says, chimes or shows what they asked for. */
  #applyRouted({ states, announcements }: Routed): void {
    if (states !== this.#snapshot.modules) this.#update({ modules: states });
    for (const said of announcements) {
      if (said.announcement.sound) this.#deps.playSound?.(said.ns, this.#audioContext);
      if (said.announcement.notice) this.#notices.raise({ kind: 'module', ...said });
      else {
        this.#notices.said(said);
        this.#announce({ kind: 'module', ...said });
      }
    }
  }

  /** Tells the modules about a roster change and about a change of this client's role. */
  #tellModules(before: RoomState, change: RuntimeChange | null): void {
    const context = this.#moduleContext();
    const was = this.#moduleContext(before);
    if (!context) return;
    if (change) this.#applyRouted(applyChange(this.#deps.modules, this.#snapshot.modules, change, context));
    if (was && selfChanged(was.self, context.self)) {
      const routed = applyChange(
        this.#deps.modules,
        this.#snapshot.modules,
        { type: 'selfChanged', previous: was.self },
        context,
      );
      this.#applyRouted(routed);
    }
  }

  #onCoreEvent(event: Parameters<typeof roomReducer>[1]): void {
    const before = this.#snapshot.room;
    const room = roomReducer(before, event);
    switch (event.event) {
      case 'waiting':
        this.#deps.resume?.clear();
        this.#resumeTicket = null;
        this.#teardownPeers();
        this.#update({ room, media: initialMediaRoomState, modules: {} });
        // The modules start afresh when this person is let in again; so do their notices.
        this.#notices.keepWhile((notice) => notice.kind !== 'module');
        this.#settleNotices();
        this.#announce({
          kind: event.sentBack ? 'sentBack' : event.moderatorPresent ? 'waiting' : 'waitingForModerator',
        });
        return;
      case 'moderatorPresence':
        // Only while waiting: the waiting screen says whether a moderator is there who could let this person in.
        if (room === before) return;
        this.#update({ room });
        this.#announce({ kind: event.present ? 'moderatorArrived' : 'moderatorGone' });
        return;
      case 'notAdmitted':
        this.#update({ room });
        return;
      case 'joined': {
        this.#resumeTicket = { ticket: event.resume, graceSeconds: event.reconnectGraceSeconds };
        this.#keepResumeTicket();
        const join = parseMediaJoinState(event.modules);
        const context = this.#moduleContext(room);
        this.#update({
          room,
          media: join ? mediaReducer(initialMediaRoomState, { type: 'joined', state: join }) : initialMediaRoomState,
          modules: context
            ? initModules(
                this.#deps.modules,
                event.modules,
                context,
                before.self?.participantId === room.self?.participantId ? this.#snapshot.modules : {},
              )
            : {},
          mediaEnabled: join !== null,
        });
        this.#rebuildMedia(join !== null);
        this.#sampleSpeakers();
        if (before.admission.status === 'waiting') this.#announce({ kind: 'admitted' });
        else if (!this.#joinedOnce) this.#announce({ kind: 'youJoined' });
        this.#joinedOnce = true;
        return;
      }
      case 'participantJoined':
        this.#update({ room });
        this.#tellModules(before, { type: 'participantJoined', participant: event.participant });
        if (
          event.participant.id !== room.self?.participantId &&
          !before.participants.some((p) => p.id === event.participant.id)
        )
          this.#announce({ kind: 'joined', name: event.participant.displayName });
        return;
      case 'participantUpdated':
      case 'participantsUpdated': {
        this.#update({ room });
        this.#tellModules(before, null);
        const selfId = room.self?.participantId;
        const was = before.participants.find((p) => p.id === selfId);
        const now = room.participants.find((p) => p.id === selfId);
        this.#settleNotices();
        if (!was || !now) return;
        if (was.displayName !== now.displayName) this.#renamed(now.displayName);
        if (was.role === now.role) {
          this.#screenPermissionChanged(was.permissions.screen, now.permissions.screen);
          return;
        }
        if (now.role === 'moderator') this.#announce({ kind: 'youAreModerator' });
        else if (was.role === 'moderator') this.#announce({ kind: 'youAreNoLongerModerator' });
        return;
      }
      case 'policyChanged': {
        this.#update({ room });
        const context = this.#moduleContext();
        if (context) {
          const { modules } = this.#snapshot;
          const said = switchAnnouncements(this.#deps.modules, modules, before.policy, room.policy, context);
          this.#applyRouted({ states: modules, announcements: said });
        }
        this.#settleNotices();
        return;
      }
      case 'removed':
        // The connection ends by itself right after (see `SignalingConnection`), with the reason and who did it.
        this.#update({ room });
        return;
      case 'participantLeft': {
        const name = this.#nameOf(event.participantId);
        const participant = before.participants.find((p) => p.id === event.participantId);
        this.#update({
          room,
          media: mediaReducer(this.#snapshot.media, { type: 'participantLeft', participantId: event.participantId }),
        });
        this.#sampleSpeakers();
        if (participant) this.#tellModules(before, { type: 'participantLeft', participant, reason: event.reason });
        const how = leaveKind(event.reason);
        if (room !== before && how) this.#announce({ kind: how, name });
        this.#checkSubscriberNeeded();
        return;
      }
    }
  }

  /** A moderator muted this client (the SFU already silences it): the local microphone shows muted too. */
  #followForcedMute(participantId: ParticipantId, muted: boolean): void {
    const microphone = this.#snapshot.local.microphone;
    if (participantId !== this.#snapshot.room.self?.participantId || !muted || !microphone) return;
    if (this.#snapshot.local.microphoneMuted) return;
    microphone.enabled = false;
    this.#updateLocal({ microphoneMuted: true });
    this.#announce({ kind: 'micMuted' });
  }

  /**
   * A moderator gave or took this person's permission to share their screen (not a role change, which is said
   * otherwise): shown briefly. A running share that is stopped by it gets its own notice (`screenShareRevoked`).
   */
  #screenPermissionChanged(was: boolean, now: boolean): void {
    if (was === now) return;
    if (now) this.#notices.raise({ kind: 'screenShareAllowed' });
    else if (!this.#snapshot.local.screen) this.#notices.raise({ kind: 'screenShareTaken' });
  }

  /** Notices about a state that ended go; said when this person is still inside (may rename again). */
  #settleNotices(): void {
    const room = this.#snapshot.room;
    const facts = { self: selfParticipant(room), policy: room.policy };
    const gone = this.#notices.keepWhile((notice) => noticeHolds(notice, facts));
    if (!facts.self) return;
    for (const notice of gone) {
      const kind = endedAnnouncement(notice);
      if (kind) this.#announce({ kind });
    }
  }

  /**
   * This person's name changed: as they asked (`rename`), which is said, or by a moderator, which they are shown. The
   * new name is kept with the resume ticket, so a reload keeps it.
   */
  #renamed(name: string): void {
    const asked = this.#requestedName !== null;
    this.#requestedName = null;
    this.#displayName = name;
    this.#signaling.setDisplayName(name);
    this.#keepResumeTicket();
    if (!asked) {
      this.#notices.raise({ kind: 'renamedByModerator', name });
      return;
    }
    // An older "a moderator changed your name" is no longer true.
    this.#notices.keepWhile((notice) => notice.kind !== 'renamedByModerator');
    this.#announce({ kind: 'nameChanged', name });
  }

  /** Hands the resume ticket of the last `joined`, with the current name and media, to the resume store. */
  #keepResumeTicket(): void {
    const kept = this.#resumeTicket;
    if (!kept) return;
    this.#deps.resume?.issued({ ...kept, displayName: this.#displayName, ...this.#resumeMedia() });
  }

  #rebuildMedia(enabled: boolean): void {
    this.#teardownPeers();
    if (!enabled || this.#ended) return;
    const commands = createMediaCommands((frame) => this.#signaling.send(frame));
    const recovery = this.#recovery;
    const publisher = new Publisher({
      createPeer: this.#deps.createPeer,
      commands,
      schedule: this.#deps.schedule,
      onFailed: () => recovery.failed('publisher'),
      onConnected: () => recovery.connected('publisher'),
      onError: (error) =>
        this.#notices.raise(
          error instanceof PublishRejectedError && error.code === 'mediaUnavailable'
            ? { kind: 'mediaUnavailable' }
            : { kind: 'publishFailed' },
        ),
    });
    this.#subscriber = new Subscriber({
      createPeer: this.#deps.createPeer,
      commands,
      schedule: this.#deps.schedule,
      onFailed: () => recovery.failed('subscriber'),
      onConnected: () => recovery.connected('subscriber'),
      onTracks: (remote) => {
        this.#update({ remote });
        this.#syncRemoteLevels(remote);
      },
      onError: () => this.#notices.raise({ kind: 'mediaUnavailable' }),
    });
    this.#publisher = publisher;
    const { microphone, camera, screen, microphoneMuted } = this.#snapshot.local;
    if (microphone) {
      publisher.setMuted('microphone', microphoneMuted);
      void publisher.setTrack('microphone', microphone);
    }
    if (camera) void publisher.setTrack('camera', camera);
    if (screen) void publisher.setTrack('screen', screen);
    this.#trackSelfLevel();
  }

  #teardownPeers(): void {
    this.#recovery.reset();
    if (this.#snapshot.mediaRestoring) this.#update({ mediaRestoring: false });
    this.#publisher?.close();
    this.#publisher = null;
    this.#subscriber?.close();
    this.#subscriber = null;
    if (this.#snapshot.remote.length > 0) this.#update({ remote: [] });
    this.#syncRemoteLevels([]);
  }

  #endMedia(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#teardownPeers();
    this.#stopSampling?.();
    this.#deps.mediaDevices?.removeEventListener?.('devicechange', this.#onDeviceChange);
    this.#monitor?.close();
    void this.#audioContext?.close().catch(() => undefined);
    const { microphone, camera, screen } = this.#snapshot.local;
    for (const track of [microphone, camera, screen]) track?.stop();
    this.#updateLocal({ microphone: null, camera: null, screen: null });
    this.#update({ activeSpeaker: null });
  }

  #trackSelfLevel(): void {
    const selfId = this.#snapshot.room.self?.participantId;
    const microphone = this.#snapshot.local.microphone;
    if (selfId && microphone) this.#monitor?.add(selfId, microphone);
  }

  #syncRemoteLevels(remote: readonly RemoteTrack[]): void {
    const monitor = this.#monitor;
    if (!monitor) return;
    const selfId = this.#snapshot.room.self?.participantId;
    // The phones' mix belongs to no one participant, so it has no level of its own here.
    const audio = new Map<string, MediaStreamTrack>();
    for (const r of remote) if (r.kind === 'audio' && r.participantId !== null) audio.set(r.participantId, r.track);
    for (const id of monitor.ids()) if (id !== selfId && !audio.has(id)) monitor.remove(id);
    for (const [id, track] of audio) monitor.add(id, track);
  }

  /**
   * Who speaks: measured levels of the people whose audio arrives on its own, and the telephone callers the server
   * says talk (their audio is one mix). Runs on a timer while audio can be measured, and on every change of the
   * callers' talking, so that callers light up even where the browser gives no audio context.
   */
  #sampleSpeakers(): void {
    if (this.#ended) return;
    const levels = this.#monitor?.levels() ?? new Map<string, number>();
    const talking = new Set(this.#snapshot.media.talking);
    const active = this.#detector.update(levels, this.#deps.now(), talking);
    if (active !== this.#snapshot.activeSpeaker) this.#update({ activeSpeaker: active });
  }

  #nameOf(participantId: ParticipantId | string): string {
    return this.#snapshot.room.participants.find((p) => p.id === participantId)?.displayName ?? '';
  }

  #announce(announcement: Announcement): void {
    for (const listener of this.#announcers) listener(announcement);
  }

  #updateLocal(local: Partial<LocalMedia>): void {
    this.#update({ local: { ...this.#snapshot.local, ...local } });
  }

  #update(patch: Partial<SessionSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }
}
