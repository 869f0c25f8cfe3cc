import {
  type ConnectionStatus,
  initialRoomState,
  parseFrame,
  type RoomState,
  roomReducer,
  SignalingConnection,
  type SocketHandlers,
  type SocketLike,
} from '@plenum/module-core/client';
import { coreProtocol } from '@plenum/module-core/protocol';
import {
  ActiveSpeakerDetector,
  AudioLevelMonitor,
  acquireScreen,
  acquireTrack,
  createMediaCommands,
  initialMediaRoomState,
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
import type { ParticipantId } from '@plenum/protocol';

/** What the live region should say; the UI turns it into words of the current language. */
export type Announcement =
  | { readonly kind: 'youJoined' | 'micMuted' | 'micUnmuted' | 'cameraOff' | 'cameraOn' | 'youShare' | 'youStopShare' }
  | { readonly kind: 'joined' | 'left' | 'shareStarted' | 'shareStopped'; readonly name: string };

/** A problem worth a dismissible message; the meeting goes on. */
export type Notice = 'mediaUnavailable' | 'publishFailed' | 'screenProblem' | 'micProblem' | 'cameraProblem';

export interface LocalMedia {
  readonly microphone: MediaStreamTrack | null;
  readonly camera: MediaStreamTrack | null;
  readonly screen: MediaStreamTrack | null;
  readonly microphoneMuted: boolean;
}

export interface SessionSnapshot {
  readonly connection: ConnectionStatus;
  readonly room: RoomState;
  readonly media: MediaRoomState;
  /** False when the server has the media module off for this room. */
  readonly mediaEnabled: boolean;
  readonly local: LocalMedia;
  readonly remote: readonly RemoteTrack[];
  /** Participant id of the active speaker (self included), or null. */
  readonly activeSpeaker: string | null;
  readonly notice: Notice | null;
  readonly roomFullMax: number | null;
}

export interface SessionInit {
  readonly displayName: string;
  readonly microphone: MediaStreamTrack | null;
  readonly camera: MediaStreamTrack | null;
  readonly microphoneMuted: boolean;
  readonly microphoneDeviceId: string;
  readonly cameraDeviceId: string;
}

/** The browser facilities the session uses, injected so the wiring is explicit and replaceable. */
export interface SessionDeps {
  readonly openSocket: (handlers: SocketHandlers) => SocketLike;
  readonly schedule: (fn: () => void, ms: number) => () => void;
  readonly every: (fn: () => void, ms: number) => () => void;
  readonly now: () => number;
  readonly createPeer: () => PeerLike;
  readonly mediaDevices: MediaDevices | undefined;
  readonly createAudioContext: () => AudioContext | null;
}

const speakerSampleMs = 150;

/**
 * One person's presence in one meeting: signalling, the room and media reducers, the publisher
 * and subscriber peer connections, local tracks and the active-speaker measurement. React
 * reads it as an external store (`subscribe`/`getSnapshot`); every snapshot is immutable.
 *
 * Contract: after every `joined` (fresh or resumed) the media side is rebuilt from scratch,
 * because the server dropped the old connection's media sessions. The session owns the local
 * tracks it was given and stops them on `leave`/`dispose`.
 */
export class ConferenceSession {
  readonly #init: SessionInit;
  readonly #deps: SessionDeps;
  readonly #signaling: SignalingConnection;
  readonly #listeners = new Set<() => void>();
  readonly #announcers = new Set<(a: Announcement) => void>();
  readonly #detector = new ActiveSpeakerDetector();
  #snapshot: SessionSnapshot;
  #publisher: Publisher | null = null;
  #subscriber: Subscriber | null = null;
  #audioContext: AudioContext | null = null;
  #monitor: AudioLevelMonitor | null = null;
  #stopSampling: (() => void) | null = null;
  #joinedOnce = false;
  #ended = false;

  constructor(init: SessionInit, deps: SessionDeps) {
    this.#init = init;
    this.#deps = deps;
    init.microphone?.addEventListener('ended', () => this.#microphoneEnded());
    if (init.microphone) init.microphone.enabled = !init.microphoneMuted;
    this.#snapshot = {
      connection: { phase: 'connecting' },
      room: initialRoomState,
      media: initialMediaRoomState,
      mediaEnabled: true,
      local: { microphone: init.microphone, camera: init.camera, screen: null, microphoneMuted: init.microphoneMuted },
      remote: [],
      activeSpeaker: null,
      notice: null,
      roomFullMax: null,
    };
    this.#signaling = new SignalingConnection({
      displayName: init.displayName,
      openSocket: deps.openSocket,
      schedule: deps.schedule,
      onFrame: (frame) => this.#onFrame(frame),
      onStatus: (connection) => {
        this.#update({ connection });
        if (connection.phase === 'reconnecting') this.#teardownPeers();
        if (connection.phase === 'closed') this.#endMedia();
      },
    });
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
    this.#signaling.start();
  }

  async toggleMicrophone(): Promise<void> {
    const { microphone, microphoneMuted } = this.#snapshot.local;
    if (!microphone) {
      const acquired = await acquireTrack(this.#deps.mediaDevices, 'audio', this.#init.microphoneDeviceId);
      if (this.#ended) {
        if (acquired.ok) acquired.track.stop();
        return;
      }
      if (!acquired.ok) return this.#update({ notice: 'micProblem' });
      acquired.track.addEventListener('ended', () => this.#microphoneEnded());
      this.#updateLocal({ microphone: acquired.track, microphoneMuted: false });
      this.#publisher?.setMuted('microphone', false);
      this.#trackSelfLevel();
      this.#announce({ kind: 'micUnmuted' });
      await this.#publisher?.setTrack('microphone', acquired.track);
      return;
    }
    const muted = !microphoneMuted;
    microphone.enabled = !muted;
    this.#updateLocal({ microphoneMuted: muted });
    this.#publisher?.setMuted('microphone', muted);
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
    const acquired = await acquireTrack(this.#deps.mediaDevices, 'video', this.#init.cameraDeviceId);
    if (this.#ended) {
      if (acquired.ok) acquired.track.stop();
      return;
    }
    if (!acquired.ok) return this.#update({ notice: 'cameraProblem' });
    this.#updateLocal({ camera: acquired.track });
    this.#announce({ kind: 'cameraOn' });
    await this.#publisher?.setTrack('camera', acquired.track);
    this.#publisher?.setMuted('camera', false);
  }

  async toggleScreen(): Promise<void> {
    if (this.#snapshot.local.screen) return this.#stopScreen();
    const acquired = await acquireScreen(this.#deps.mediaDevices);
    if (this.#ended) {
      if (acquired.ok) acquired.track.stop();
      return;
    }
    if (!acquired.ok) {
      if (acquired.failure !== 'cancelled') this.#update({ notice: 'screenProblem' });
      return;
    }
    const track = acquired.track;
    // The browser's own "Stop sharing" bar ends the track.
    track.addEventListener('ended', () => {
      if (this.#snapshot.local.screen === track) void this.#stopScreen();
    });
    this.#updateLocal({ screen: track });
    this.#announce({ kind: 'youShare' });
    await this.#publisher?.setTrack('screen', track);
  }

  dismissNotice(): void {
    this.#update({ notice: null });
  }

  /** Leaves on purpose: tells the server, closes everything and releases the devices. */
  leave(): void {
    this.#signaling.leave();
    this.#endMedia();
  }

  /** Releases everything without a goodbye (page unload is handled by `leave`). */
  dispose(): void {
    if (!this.#ended) this.leave();
  }

  async #stopScreen(): Promise<void> {
    const screen = this.#snapshot.local.screen;
    if (!screen) return;
    screen.stop();
    this.#updateLocal({ screen: null });
    this.#announce({ kind: 'youStopShare' });
    await this.#publisher?.removeSource('screen');
  }

  #microphoneEnded(): void {
    // Unplugged headset: drop the track; the button then offers to start a microphone again.
    const microphone = this.#snapshot.local.microphone;
    if (microphone?.readyState !== 'ended') return;
    this.#updateLocal({ microphone: null });
    void this.#publisher?.removeSource('microphone');
    this.#update({ notice: 'micProblem' });
  }

  #onFrame(frame: unknown): void {
    const core = parseFrame(coreProtocol, frame);
    if (core?.kind === 'event') this.#onCoreEvent(core.event);
    else if (core?.kind === 'error' && core.error.error === 'roomFull')
      this.#update({ roomFullMax: core.error.maxParticipants });
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
        case 'mediaStateChanged': {
          const before = mediaStateOf(this.#snapshot.media, event.participantId).screen.published;
          this.#update({ media: mediaReducer(this.#snapshot.media, { type: 'event', event }) });
          const after = event.media.screen.published;
          if (before !== after && event.participantId !== this.#snapshot.room.self?.participantId) {
            this.#announce({ kind: after ? 'shareStarted' : 'shareStopped', name: this.#nameOf(event.participantId) });
          }
          break;
        }
      }
    } else if (media?.kind === 'error') {
      const error = media.error;
      switch (error.error) {
        case 'negotiationFailed':
          if (error.target === 'publisher') this.#publisher?.handleRejected(error.error);
          else this.#update({ notice: 'mediaUnavailable' });
          break;
        case 'unknownMid':
        case 'mediaUnavailable':
          this.#publisher?.handleRejected(error.error);
          break;
        case 'notPublished':
        case 'noSubscription':
          break;
      }
    }
  }

  #onCoreEvent(event: Parameters<typeof roomReducer>[1]): void {
    const before = this.#snapshot.room;
    const room = roomReducer(before, event);
    switch (event.event) {
      case 'joined': {
        const join = parseMediaJoinState(event.modules);
        this.#update({
          room,
          media: join ? mediaReducer(initialMediaRoomState, { type: 'joined', state: join }) : initialMediaRoomState,
          mediaEnabled: join !== null,
        });
        this.#rebuildMedia(join !== null);
        if (!this.#joinedOnce) this.#announce({ kind: 'youJoined' });
        this.#joinedOnce = true;
        return;
      }
      case 'participantJoined':
        this.#update({ room });
        if (
          event.participant.id !== room.self?.participantId &&
          !before.participants.some((p) => p.id === event.participant.id)
        )
          this.#announce({ kind: 'joined', name: event.participant.displayName });
        return;
      case 'participantUpdated':
        this.#update({ room });
        return;
      case 'participantLeft': {
        const name = this.#nameOf(event.participantId);
        this.#update({
          room,
          media: mediaReducer(this.#snapshot.media, { type: 'participantLeft', participantId: event.participantId }),
        });
        if (room !== before) this.#announce({ kind: 'left', name });
        return;
      }
    }
  }

  #rebuildMedia(enabled: boolean): void {
    this.#teardownPeers();
    if (!enabled || this.#ended) return;
    const commands = createMediaCommands((frame) => this.#signaling.send(frame));
    const publisher = new Publisher({
      createPeer: this.#deps.createPeer,
      commands,
      onError: (error) =>
        this.#update({
          notice:
            error instanceof PublishRejectedError && error.code === 'mediaUnavailable'
              ? 'mediaUnavailable'
              : 'publishFailed',
        }),
    });
    this.#subscriber = new Subscriber({
      createPeer: this.#deps.createPeer,
      commands,
      onTracks: (remote) => {
        this.#update({ remote });
        this.#syncRemoteLevels(remote);
      },
      onError: () => this.#update({ notice: 'mediaUnavailable' }),
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
    const audio = new Map(remote.filter((r) => r.kind === 'audio').map((r) => [r.participantId, r.track] as const));
    for (const id of monitor.ids()) if (id !== selfId && !audio.has(id)) monitor.remove(id);
    for (const [id, track] of audio) monitor.add(id, track);
  }

  #sampleSpeakers(): void {
    if (!this.#monitor) return;
    const active = this.#detector.update(this.#monitor.levels(), this.#deps.now());
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
