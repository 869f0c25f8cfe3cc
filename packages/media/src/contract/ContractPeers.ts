import type { Sdp } from '../MediaPlane.js';

/**
 * The browser side of the contract suite: something that produces realistic offers and
 * answers. werift peers for the real SFU; SDP fixtures of the same shape for the fake.
 */
export interface ContractPeers {
  /** A peer with one sendonly transceiver per kind, mids `"0"`, `"1"`, … in order. */
  publisher(kinds: readonly ('audio' | 'video')[]): ContractPublisherPeer;
  subscriber(): ContractSubscriberPeer;
}

export interface ContractPublisherPeer {
  /** Creates an offer for the current transceivers and applies it locally. */
  offer(): Promise<Sdp>;
  accept(answer: Sdp): Promise<void>;
  /** Adds a sendonly transceiver; the next offer carries it. */
  addTrack(kind: 'audio' | 'video'): void;
  /** Stops sending on the transceiver with this mid (direction inactive, as a browser's removeTrack). */
  removeTrack(mid: string): void;
  close(): Promise<void>;
}

export interface ContractSubscriberPeer {
  /** Applies the SFU's offer and returns the answer. */
  answer(offer: Sdp): Promise<Sdp>;
  close(): Promise<void>;
}
