import type { CommandOf } from '@plenum/protocol';
import type { IceCandidate, MediaProtocol, MediaSource } from '../protocol.js';

export type MediaCommand = CommandOf<MediaProtocol>;

/** Puts one media command on the wire, wrapped in the `{ns:'media', ...}` envelope. */
export type SendMediaFrame = (frame: { readonly ns: 'media' } & MediaCommand) => void;

export type PeerTarget = 'publisher' | 'subscriber';
export interface PublishedTrack {
  readonly mid: string;
  readonly source: MediaSource;
}

/** Typed senders for the media namespace; the peer-connection classes take this as a collaborator. */
export interface MediaCommands {
  publish(sdp: string, tracks: readonly PublishedTrack[]): void;
  unpublish(): void;
  setMuted(source: MediaSource, muted: boolean): void;
  trickle(target: PeerTarget, candidate: IceCandidate | null): void;
  subscriberAnswer(sdp: string): void;
  /** Asks the server for a fresh subscriber: the next `subscriberOffer` is for a new peer connection. */
  resubscribe(): void;
}

export function createMediaCommands(send: SendMediaFrame): MediaCommands {
  return {
    publish: (sdp, tracks) =>
      send({ ns: 'media', action: 'publish', sdp, tracks: tracks.map((t) => ({ mid: t.mid, source: t.source })) }),
    unpublish: () => send({ ns: 'media', action: 'unpublish' }),
    setMuted: (source, muted) => send({ ns: 'media', action: 'setMuted', source, muted }),
    trickle: (target, candidate) => send({ ns: 'media', action: 'trickle', target, candidate }),
    subscriberAnswer: (sdp) => send({ ns: 'media', action: 'subscriberAnswer', sdp }),
    resubscribe: () => send({ ns: 'media', action: 'resubscribe' }),
  };
}

/**
 * Reduces a browser ICE candidate to the three fields the protocol carries. An empty candidate
 * string is the browser's end-of-candidates marker and becomes null.
 */
export function toIceCandidate(
  candidate: { candidate: string; sdpMid?: string | null; sdpMLineIndex?: number | null } | null,
): IceCandidate | null {
  if (!candidate || candidate.candidate === '') return null;
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid ?? null,
    sdpMLineIndex: candidate.sdpMLineIndex ?? null,
  };
}
