import type { MediaSource, SubscribedStream } from '../protocol.js';
import { type MediaCommands, toIceCandidate } from './mediaCommands.js';
import type { CreatePeer, PeerLike, Schedule } from './peerTypes.js';
import { watchPeer } from './watchPeer.js';

/** A remote track together with whose it is. */
export interface RemoteTrack {
  readonly mid: string;
  /** Null for the mix of the group's telephone callers (one audio track for all phones). */
  readonly participantId: string | null;
  readonly source: MediaSource;
  readonly kind: 'audio' | 'video';
  readonly track: MediaStreamTrack;
}

export interface SubscriberOptions {
  readonly createPeer: CreatePeer;
  readonly commands: Pick<MediaCommands, 'subscriberAnswer' | 'trickle' | 'resubscribe'>;
  /** The complete set of remote tracks after each answered offer (empty after a `restart`). */
  readonly onTracks: (tracks: readonly RemoteTrack[]) => void;
  readonly onError: (error: unknown) => void;
  /** Timer for the disconnected grace period. */
  readonly schedule: Schedule;
  /** The peer connection failed; the owner decides when to `restart`. At most once per peer connection. */
  readonly onFailed?: () => void;
  /** The current peer connection reached `connected`. */
  readonly onConnected?: () => void;
}

/** One `media.subscriberOffer` as the subscriber needs it. */
export interface SubscriberOffer {
  readonly sdp: string;
  readonly streams: readonly SubscribedStream[];
  /** Grows with every new subscriber on the server (see `restart`). */
  readonly generation: number;
}

/**
 * Whether an offer of `generation` is to be applied, given the highest generation applied so
 * far and the floor set by the last `resubscribe` (the highest generation seen before it; -1
 * when there was none). Offers of the old subscriber that cross our `resubscribe` on the wire
 * carry a generation at or below the floor, and an older generation than one already applied
 * is stale as well. Offers of the same generation are renegotiations and are applied in order.
 */
export function isCurrentOffer(generation: number, applied: number, floor: number): boolean {
  return generation > floor && generation >= applied;
}

/**
 * The one subscriber peer connection of a signalling connection: the server offers, we answer.
 *
 * Contract: offers are handled strictly in arrival order (the server sends the next only after
 * our answer, but the chain also protects against a burst). After each answer the transceivers
 * are mapped by mid to the offer's `streams` list, and `onTracks` gets the full list, so the UI
 * never has to diff SDP. Like the publisher, it is rebuilt from scratch after every `joined`.
 *
 * A failed peer connection is reported through `onFailed`; `restart` then closes it, sends
 * `resubscribe`, and the next offer of a newer generation than any seen before is applied to a
 * fresh peer connection; offers of the old subscriber still under way are ignored.
 */
export class Subscriber {
  readonly #options: SubscriberOptions;
  #peer: PeerLike | null = null;
  #unwatch: (() => void) | null = null;
  #streams = 0;
  #chain: Promise<void> = Promise.resolve();
  #closed = false;
  /** Highest generation received, applied, and the floor set by the last `restart`. */
  #seen = -1;
  #applied = -1;
  #floor = -1;

  constructor(options: SubscriberOptions) {
    this.#options = options;
  }

  /** Feed `media.subscriberOffer` here. Resolves when this offer is answered (or failed). */
  handleOffer(offer: SubscriberOffer): Promise<void> {
    this.#seen = Math.max(this.#seen, offer.generation);
    this.#chain = this.#chain.then(() => this.#answer(offer)).catch((error: unknown) => this.#options.onError(error));
    return this.#chain;
  }

  /**
   * Drops the peer connection and asks the server for a fresh subscription. Returns whether
   * an offer is to be expected (false when nothing was subscribed: the server only offers
   * once there is something to receive).
   */
  restart(): boolean {
    if (this.#closed) return false;
    const expectOffer = this.#streams > 0;
    this.#floor = Math.max(this.#floor, this.#seen);
    this.#dropPeer();
    this.#options.onTracks([]);
    this.#options.commands.resubscribe();
    return expectOffer;
  }

  close(): void {
    this.#closed = true;
    this.#dropPeer();
  }

  #dropPeer(): void {
    this.#unwatch?.();
    this.#unwatch = null;
    this.#peer?.close();
    this.#peer = null;
    this.#streams = 0;
  }

  #ensurePeer(): PeerLike {
    if (this.#peer) return this.#peer;
    const peer = this.#options.createPeer();
    peer.onicecandidate = (event) => {
      if (this.#peer === peer) this.#options.commands.trickle('subscriber', toIceCandidate(event.candidate));
    };
    this.#unwatch = watchPeer(peer, {
      schedule: this.#options.schedule,
      onConnected: () => {
        if (this.#peer === peer) this.#options.onConnected?.();
      },
      onFailed: () => {
        if (this.#peer === peer && !this.#closed) this.#options.onFailed?.();
      },
    });
    this.#peer = peer;
    return peer;
  }

  async #answer(offer: SubscriberOffer): Promise<void> {
    if (this.#closed || !isCurrentOffer(offer.generation, this.#applied, this.#floor)) return;
    this.#applied = offer.generation;
    const peer = this.#ensurePeer();
    await peer.setRemoteDescription({ type: 'offer', sdp: offer.sdp });
    const answer = await peer.createAnswer();
    await peer.setLocalDescription(answer);
    const sdp = peer.localDescription?.sdp;
    // Restarted meanwhile: this offer belonged to the old subscription.
    if (!sdp || this.#closed || this.#peer !== peer) return;
    this.#streams = offer.streams.length;
    this.#options.commands.subscriberAnswer(sdp);
    const byMid = new Map(peer.getTransceivers().map((t) => [t.mid, t] as const));
    const tracks: RemoteTrack[] = [];
    for (const stream of offer.streams) {
      const transceiver = byMid.get(stream.mid);
      if (!transceiver) continue;
      tracks.push({
        mid: stream.mid,
        participantId: stream.participantId,
        source: stream.source,
        kind: stream.kind,
        track: transceiver.receiver.track,
      });
    }
    this.#options.onTracks(tracks);
  }
}
