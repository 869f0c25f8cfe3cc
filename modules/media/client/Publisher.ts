import type { MediaSource } from '../protocol.js';
import { type MediaCommands, type PublishedTrack, toIceCandidate } from './mediaCommands.js';
import { NegotiationQueue } from './NegotiationQueue.js';
import type { CreatePeer, PeerLike, TransceiverLike } from './peerTypes.js';
import { cameraEncodings, screenEncodings } from './simulcast.js';

export interface PublisherOptions {
  /** Creates the publisher peer connection; called lazily, and again after an unpublish. */
  readonly createPeer: CreatePeer;
  readonly commands: Pick<MediaCommands, 'publish' | 'unpublish' | 'setMuted' | 'trickle'>;
  /** A negotiation failed (SFU refused the offer, browser error). The publisher stays usable. */
  readonly onError: (error: unknown) => void;
}

/** Rejection reason when the server answers a publish with an error instead of `publishAnswer`. */
export class PublishRejectedError extends Error {
  constructor(readonly code: string) {
    super(`publish rejected: ${code}`);
    this.name = 'PublishRejectedError';
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
 * After a signalling reconnect the server has dropped the old media sessions: throw this
 * publisher away (`close`) and build a new one.
 */
export class Publisher {
  readonly #options: PublisherOptions;
  readonly #queue: NegotiationQueue;
  readonly #transceivers = new Map<MediaSource, TransceiverLike>();
  readonly #muted = new Map<MediaSource, boolean>();
  #published = new Set<MediaSource>();
  #peer: PeerLike | null = null;
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
   * camera) and renegotiates; an existing one swaps the track in place.
   */
  async setTrack(source: MediaSource, track: MediaStreamTrack): Promise<void> {
    if (this.#closed) return;
    const existing = this.#transceivers.get(source);
    if (existing) {
      await existing.sender.replaceTrack(track);
      return;
    }
    const peer = this.#ensurePeer();
    const init: RTCRtpTransceiverInit = { direction: 'sendonly' };
    if (source === 'camera') init.sendEncodings = [...cameraEncodings];
    if (source === 'screen') init.sendEncodings = [...screenEncodings];
    this.#transceivers.set(source, peer.addTransceiver(track, init));
    await this.#queue.request();
  }

  /** Keeps the source's m-line but sends nothing (camera off). No renegotiation. */
  async clearTrack(source: MediaSource): Promise<void> {
    await this.#transceivers.get(source)?.sender.replaceTrack(null);
  }

  /** Stops publishing `source` altogether (screen share ended) and renegotiates. */
  async removeSource(source: MediaSource): Promise<void> {
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

  /** Resolves when no negotiation is running or queued. */
  whenIdle(): Promise<void> {
    return this.#queue.whenIdle();
  }

  /** Closes the peer connection. Does not stop the local tracks: the caller owns them. */
  close(): void {
    this.#closed = true;
    this.#queue.close();
    this.#answer?.reject(new Error('publisher closed'));
    this.#answer = null;
    this.#peer?.close();
    this.#peer = null;
    this.#transceivers.clear();
  }

  #ensurePeer(): PeerLike {
    if (this.#peer) return this.#peer;
    const peer = this.#options.createPeer();
    peer.onicecandidate = (event) => {
      if (this.#peer === peer) this.#options.commands.trickle('publisher', toIceCandidate(event.candidate));
    };
    this.#peer = peer;
    return peer;
  }

  async #negotiate(): Promise<void> {
    const peer = this.#peer;
    if (this.#closed || !peer) return;
    if (this.#transceivers.size === 0) {
      if (this.#published.size > 0) this.#options.commands.unpublish();
      this.#published = new Set();
      peer.close();
      this.#peer = null;
      return;
    }
    const offer = await peer.createOffer();
    await peer.setLocalDescription(offer);
    const sdp = peer.localDescription?.sdp;
    if (!sdp || this.#closed) return;
    const tracks: PublishedTrack[] = [];
    for (const [source, transceiver] of this.#transceivers) {
      if (transceiver.mid) tracks.push({ mid: transceiver.mid, source });
    }
    const answer = new Promise<string>((resolve, reject) => {
      this.#answer = { resolve, reject };
    });
    this.#options.commands.publish(sdp, tracks);
    let answerSdp: string;
    try {
      answerSdp = await answer;
    } catch (error) {
      if (!this.#closed) await peer.setLocalDescription({ type: 'rollback' }).catch(() => undefined);
      throw error;
    }
    if (this.#closed) return;
    await peer.setRemoteDescription({ type: 'answer', sdp: answerSdp });
    const before = this.#published;
    this.#published = new Set(tracks.map((t) => t.source));
    for (const source of this.#published) {
      if (!before.has(source) && this.#muted.get(source)) this.#options.commands.setMuted(source, true);
    }
  }
}
