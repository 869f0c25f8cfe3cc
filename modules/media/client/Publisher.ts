import type { MediaSource } from '../protocol.js';
import { type MediaCommands, type PublishedTrack, toIceCandidate } from './mediaCommands.js';
import { NegotiationQueue } from './NegotiationQueue.js';
import type { CreatePeer, PeerLike, Schedule, TransceiverLike } from './peerTypes.js';
import { cameraEncodings, screenEncodings } from './simulcast.js';
import { watchPeer } from './watchPeer.js';

/** How long a `publish` may wait for its `publishAnswer` (or an error) before the publisher counts as failed. */
export const publishAnswerTimeoutMs = 15_000;

/** Why the publisher needs a new peer connection. */
export type PublisherFailure = 'connection' | 'timeout';

export interface PublisherOptions {
  /** Creates the publisher peer connection; called lazily, again after an unpublish, and on `restart`. */
  readonly createPeer: CreatePeer;
  readonly commands: Pick<MediaCommands, 'publish' | 'unpublish' | 'setMuted' | 'trickle'>;
  /** A negotiation failed (SFU refused the offer, browser error). The publisher stays usable. */
  readonly onError: (error: unknown) => void;
  /** Timers for the answer timeout and the disconnected grace period. */
  readonly schedule: Schedule;
  /**
   * The peer connection failed, or a publish went unanswered for `answerTimeoutMs`. The owner
   * decides when to `restart` (after a backoff). Reported at most once per peer connection.
   */
  readonly onFailed?: (reason: PublisherFailure) => void;
  /** The current peer connection reached `connected`. */
  readonly onConnected?: () => void;
  readonly answerTimeoutMs?: number;
}

/** Rejection reason when the server answers a publish with an error instead of `publishAnswer`. */
export class PublishRejectedError extends Error {
  constructor(readonly code: string) {
    super(`publish rejected: ${code}`);
    this.name = 'PublishRejectedError';
  }
}

/** Rejection reason when a publish got neither an answer nor an error in time. */
export class PublishTimeoutError extends Error {
  constructor() {
    super('publish answer timed out');
    this.name = 'PublishTimeoutError';
  }
}

/**
 * The one publisher peer connection of a signalling connection.
 *
 * Contract: every change of the set of sending sources (add or remove a source) renegotiates:
 * a new offer listing all current sources by mid goes out as `media.publish`, and the next one
 * waits for `handleAnswer` (one negotiation in flight, requests coalesce). Swapping or clearing
 * the track of an existing source does not renegotiate. With no sources left, the publisher
 * sends `unpublish` and discards its peer connection, so the next publish starts a fresh
 * DTLS session with a fresh SFU handle. Muted state is announced with `setMuted` once a source
 * is actually published (the server rejects it for unpublished sources).
 *
 * A publish without an answer within `answerTimeoutMs`, or a peer connection that fails, is
 * reported through `onFailed`; `restart` then replaces the peer connection: `unpublish`, a fresh
 * peer connection with the current live tracks, and a new `publish` (the server makes a new
 * publisher for it). Sources whose track is cleared (camera off) are not carried over.
 *
 * After a signalling reconnect the server has dropped the old media sessions: throw this
 * publisher away (`close`) and build a new one.
 */
export class Publisher {
  readonly #options: PublisherOptions;
  readonly #queue: NegotiationQueue;
  readonly #transceivers = new Map<MediaSource, TransceiverLike>();
  /** The track each source should send; null while cleared. Survives a `restart`. */
  readonly #tracks = new Map<MediaSource, MediaStreamTrack | null>();
  readonly #muted = new Map<MediaSource, boolean>();
  #published = new Set<MediaSource>();
  #peer: PeerLike | null = null;
  #unwatch: (() => void) | null = null;
  #answer: { resolve(sdp: string): void; reject(error: Error): void } | null = null;
  #closed = false;

  constructor(options: PublisherOptions) {
    this.#options = options;
    this.#queue = new NegotiationQueue(() => this.#negotiate(), options.onError);
  }

  /** Sources with a sending m-line (a cleared camera still counts). */
  get sources(): readonly MediaSource[] {
    return [...this.#transceivers.keys()];
  }

  /**
   * Sends `track` as `source`. A new source adds a sendonly transceiver (simulcast for the
   * camera) and renegotiates; an existing one swaps the track in place (`replaceTrack`).
   */
  async setTrack(source: MediaSource, track: MediaStreamTrack): Promise<void> {
    if (this.#closed) return;
    this.#tracks.set(source, track);
    const existing = this.#transceivers.get(source);
    if (existing) {
      await existing.sender.replaceTrack(track);
      return;
    }
    this.#addTransceiver(source, track);
    await this.#queue.request();
  }

  /** Keeps the source's m-line but sends nothing (camera off). No renegotiation. */
  async clearTrack(source: MediaSource): Promise<void> {
    if (this.#tracks.has(source)) this.#tracks.set(source, null);
    await this.#transceivers.get(source)?.sender.replaceTrack(null);
  }

  /** Stops publishing `source` altogether (screen share ended) and renegotiates. */
  async removeSource(source: MediaSource): Promise<void> {
    this.#tracks.delete(source);
    const transceiver = this.#transceivers.get(source);
    if (!transceiver || this.#closed) return;
    this.#transceivers.delete(source);
    transceiver.stop();
    await this.#queue.request();
  }

  /** Records the muted state of `source` and tells the server once the source is published. */
  setMuted(source: MediaSource, muted: boolean): void {
    this.#muted.set(source, muted);
    if (this.#published.has(source) && !this.#closed) this.#options.commands.setMuted(source, muted);
  }

  /** Feed `media.publishAnswer` here. */
  handleAnswer(sdp: string): void {
    const answer = this.#answer;
    this.#answer = null;
    answer?.resolve(sdp);
  }

  /** Feed a publisher-related media error here (`negotiationFailed`, `unknownMid`, `mediaUnavailable`). */
  handleRejected(code: string): void {
    const answer = this.#answer;
    this.#answer = null;
    answer?.reject(new PublishRejectedError(code));
  }

  /**
   * Replaces the peer connection: closes it, sends `unpublish`, and publishes the current live
   * tracks on a fresh one. Returns whether anything is being published again (false: nothing
   * to send, so nothing to wait for).
   */
  restart(): boolean {
    if (this.#closed) return false;
    this.#dropPeer();
    this.#options.commands.unpublish();
    for (const [source, track] of [...this.#tracks]) {
      if (track && track.readyState !== 'ended') this.#addTransceiver(source, track);
      else this.#tracks.delete(source);
    }
    if (this.#transceivers.size === 0) return false;
    void this.#queue.request();
    return true;
  }

  /** Resolves when no negotiation is running or queued. */
  whenIdle(): Promise<void> {
    return this.#queue.whenIdle();
  }

  /** Closes the peer connection. Does not stop the local tracks: the caller owns them. */
  close(): void {
    this.#closed = true;
    this.#queue.close();
    this.#dropPeer();
  }

  /** Forgets the current peer connection and everything negotiated on it. */
  #dropPeer(): void {
    this.#unwatch?.();
    this.#unwatch = null;
    const answer = this.#answer;
    this.#answer = null;
    this.#peer?.close();
    this.#peer = null;
    this.#transceivers.clear();
    this.#published = new Set();
    answer?.reject(new Error('publisher peer connection replaced'));
  }

  #addTransceiver(source: MediaSource, track: MediaStreamTrack): void {
    const peer = this.#ensurePeer();
    const init: RTCRtpTransceiverInit = { direction: 'sendonly' };
    if (source === 'camera') init.sendEncodings = [...cameraEncodings];
    if (source === 'screen') init.sendEncodings = [...screenEncodings];
    this.#transceivers.set(source, peer.addTransceiver(track, init));
  }

  #ensurePeer(): PeerLike {
    if (this.#peer) return this.#peer;
    const peer = this.#options.createPeer();
    peer.onicecandidate = (event) => {
      if (this.#peer === peer) this.#options.commands.trickle('publisher', toIceCandidate(event.candidate));
    };
    this.#unwatch = watchPeer(peer, {
      schedule: this.#options.schedule,
      onConnected: () => {
        if (this.#peer === peer) this.#options.onConnected?.();
      },
      onFailed: () => {
        if (this.#peer === peer && !this.#closed) this.#options.onFailed?.('connection');
      },
    });
    this.#peer = peer;
    return peer;
  }

  async #negotiate(): Promise<void> {
    const peer = this.#peer;
    if (this.#closed || !peer) return;
    if (this.#transceivers.size === 0) {
      if (this.#published.size > 0) this.#options.commands.unpublish();
      this.#published = new Set();
      this.#unwatch?.();
      this.#unwatch = null;
      peer.close();
      this.#peer = null;
      return;
    }
    const offer = await peer.createOffer();
    if (this.#peer !== peer) return;
    await peer.setLocalDescription(offer);
    const sdp = peer.localDescription?.sdp;
    if (!sdp || this.#closed || this.#peer !== peer) return;
    const tracks: PublishedTrack[] = [];
    for (const [source, transceiver] of this.#transceivers) {
      if (transceiver.mid) tracks.push({ mid: transceiver.mid, source });
    }
    const answer = new Promise<string>((resolve, reject) => {
      this.#answer = { resolve, reject };
    });
    const pending = this.#answer;
    const cancelTimeout = this.#options.schedule(() => {
      if (this.#answer !== pending) return;
      this.#answer = null;
      pending?.reject(new PublishTimeoutError());
    }, this.#options.answerTimeoutMs ?? publishAnswerTimeoutMs);
    this.#options.commands.publish(sdp, tracks);
    let answerSdp: string;
    try {
      answerSdp = await answer;
    } catch (error) {
      // Replaced or closed meanwhile: the new peer connection negotiates on its own.
      if (this.#closed || this.#peer !== peer) return;
      await peer.setLocalDescription({ type: 'rollback' }).catch(() => undefined);
      if (error instanceof PublishTimeoutError && this.#options.onFailed) {
        this.#options.onFailed('timeout');
        return;
      }
      throw error;
    } finally {
      cancelTimeout();
    }
    if (this.#closed || this.#peer !== peer) return;
    await peer.setRemoteDescription({ type: 'answer', sdp: answerSdp });
    const before = this.#published;
    this.#published = new Set(tracks.map((t) => t.source));
    for (const source of this.#published) {
      if (!before.has(source) && this.#muted.get(source)) this.#options.commands.setMuted(source, true);
    }
  }
}
