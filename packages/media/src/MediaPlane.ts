/**
 * The MediaPlane port: the SFU in Plenum's words. The room runtime and the modules only ever
 * see this interface; the Janus adapter is the one implementation that speaks Janus, and the
 * fake implements the same contract in memory (one contract suite runs against both).
 *
 * The browser never talks to the SFU's API. The server owns every session and handle and
 * relays SDP and ICE through Plenum's own signalling.
 */

/** An SDP blob, opaque to everything but the adapter and the browser. */
export type Sdp = string;

/** A trickled ICE candidate; `null` as a whole means end-of-candidates. */
export interface IceCandidateInit {
  readonly candidate: string;
  readonly sdpMid?: string | null | undefined;
  readonly sdpMLineIndex?: number | null | undefined;
}

/** SFU-side id of one publisher in one media room. */
export type FeedId = string;

export interface PublishedStream {
  /** The mid of the m-line in the publisher's SDP. */
  readonly mid: string;
  readonly kind: 'audio' | 'video';
  /** True when the publisher sends simulcast layers on this stream. */
  readonly simulcast: boolean;
}

/** One m-line of a subscriber connection and the publisher stream it carries. */
export interface SubscribedStream {
  readonly mid: string;
  readonly feedId: FeedId;
  readonly feedMid: string;
  readonly kind: 'audio' | 'video';
}

export interface StreamRef {
  readonly feedId: FeedId;
  readonly feedMid: string;
}

export interface SubscriberOffer {
  readonly sdp: Sdp;
  /** Every stream the subscriber carries after this offer, in m-line order. */
  readonly streams: readonly SubscribedStream[];
}

/** Something the SFU reports on its own, outside a request. */
export type MediaEvent =
  | { readonly type: 'webrtcUp' }
  | { readonly type: 'hangup'; readonly reason: string }
  | { readonly type: 'mediaFlow'; readonly kind: 'audio' | 'video'; readonly receiving: boolean }
  | { readonly type: 'slowLink'; readonly uplink: boolean }
  /** The SFU session behind this handle is gone (SFU restart); recreate it. */
  | { readonly type: 'lost' };

export type MediaEventListener = (event: MediaEvent) => void;

export interface MediaRoomOptions {
  /** Opaque label for logs and the SFU's description. Never a name or a title. */
  readonly label: string;
  /** Maximum concurrent publishers; the SFU rejects more. */
  readonly maxPublishers: number;
}

export interface MediaPlane {
  /** Creates a fresh media room. Ids are chosen by the adapter; never reused. */
  createRoom(options: MediaRoomOptions): Promise<MediaRoom>;
  /** One request/response round trip to the SFU, in milliseconds. Throws when unreachable. */
  ping(): Promise<number>;
  /** Releases every session and handle this plane created; idempotent. */
  close(): Promise<void>;
}

export interface MediaRoom {
  readonly id: string;
  createPublisher(options: { label: string; onEvent?: MediaEventListener }): Promise<Publisher>;
  createSubscriber(options: { label: string; onEvent?: MediaEventListener }): Promise<Subscriber>;
  /** Destroys the room and every publisher and subscriber in it; idempotent. */
  destroy(): Promise<void>;
}

export interface Publisher {
  readonly feedId: FeedId;
  /**
   * Applies an offer from the browser, the first or a renegotiation (tracks added or
   * removed). Resolves with the answer and every stream now published. Simulcast is kept
   * when the offer carries it.
   */
  negotiate(offer: Sdp): Promise<{ answer: Sdp; streams: readonly PublishedStream[] }>;
  trickle(candidate: IceCandidateInit | null): Promise<void>;
  /** Server-side gate: an inactive stream is not forwarded to anyone (enforced mute). */
  setStreamActive(mid: string, active: boolean): Promise<void>;
  /** Asks the publisher for a keyframe on its video streams. */
  requestKeyframe(): Promise<void>;
  /** Unpublishes and releases the handle; idempotent. */
  close(): Promise<void>;
}

export interface Subscriber {
  /**
   * Changes which publisher streams this subscriber receives. Resolves with the SFU's new
   * offer (to relay to the browser), or null when the change leaves nothing to negotiate
   * (nothing changed, or nothing added yet). Removing the last stream still yields an offer,
   * with `streams: []` (the m-lines stay, inactive; the browser must answer it). A feed can be
   * added once its publisher reported `webrtcUp`; before that, and for unknown feeds or mids,
   * `notFound`. Callers must not call update again before the previous offer was answered
   * with `answer` (`invalidRequest`).
   */
  update(change: { add: readonly StreamRef[]; remove: readonly StreamRef[] }): Promise<SubscriberOffer | null>;
  /** Applies the browser's answer to the latest offer. */
  answer(sdp: Sdp): Promise<void>;
  trickle(candidate: IceCandidateInit | null): Promise<void>;
  /** Picks a simulcast layer (0 = lowest) for one video stream of this subscriber. */
  selectLayer(mid: string, layer: number): Promise<void>;
  close(): Promise<void>;
}
