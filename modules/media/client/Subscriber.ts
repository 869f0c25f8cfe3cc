import type { MediaSource, SubscribedStream } from '../protocol.js';
import { type MediaCommands, toIceCandidate } from './mediaCommands.js';
import type { CreatePeer, PeerLike } from './peerTypes.js';

/** A remote track together with whose it is. */
export interface RemoteTrack {
  readonly mid: string;
  readonly participantId: string;
  readonly source: MediaSource;
  readonly kind: 'audio' | 'video';
  readonly track: MediaStreamTrack;
}

export interface SubscriberOptions {
  readonly createPeer: CreatePeer;
  readonly commands: Pick<MediaCommands, 'subscriberAnswer' | 'trickle'>;
  /** The complete set of remote tracks after each answered offer. */
  readonly onTracks: (tracks: readonly RemoteTrack[]) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * The one subscriber peer connection of a signalling connection: the server offers, we answer.
 *
 * Contract: offers are handled strictly in arrival order (the server sends the next only after
 * our answer, but the chain also protects against a burst). After each answer the transceivers
 * are mapped by mid to the offer's `streams` list, and `onTracks` gets the full list, so the UI
 * never has to diff SDP. Like the publisher, it is rebuilt from scratch after every `joined`.
 */
export class Subscriber {
  readonly #options: SubscriberOptions;
  #peer: PeerLike | null = null;
  #chain: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: SubscriberOptions) {
    this.#options = options;
  }

  /** Feed `media.subscriberOffer` here. Resolves when this offer is answered (or failed). */
  handleOffer(offer: { readonly sdp: string; readonly streams: readonly SubscribedStream[] }): Promise<void> {
    this.#chain = this.#chain.then(() => this.#answer(offer)).catch((error: unknown) => this.#options.onError(error));
    return this.#chain;
  }

  close(): void {
    this.#closed = true;
    this.#peer?.close();
    this.#peer = null;
  }

  #ensurePeer(): PeerLike {
    if (this.#peer) return this.#peer;
    const peer = this.#options.createPeer();
    peer.onicecandidate = (event) => {
      if (this.#peer === peer) this.#options.commands.trickle('subscriber', toIceCandidate(event.candidate));
    };
    this.#peer = peer;
    return peer;
  }

  async #answer(offer: { readonly sdp: string; readonly streams: readonly SubscribedStream[] }): Promise<void> {
    if (this.#closed) return;
    const peer = this.#ensurePeer();
    await peer.setRemoteDescription({ type: 'offer', sdp: offer.sdp });
    const answer = await peer.createAnswer();
    await peer.setLocalDescription(answer);
    const sdp = peer.localDescription?.sdp;
    if (!sdp || this.#closed) return;
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
