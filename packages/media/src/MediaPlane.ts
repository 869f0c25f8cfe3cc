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
  /**
   * Called once when the SFU lost the room with everything in it (it restarted, or the plane's session there ended),
   * whether or not the room has publishers, subscribers or mixers that would report `lost` themselves. The room
   * refuses new members from then on; make a new one. Not called after `destroy()`.
   */
  readonly onLost?: () => void;
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
  /**
   * The audio mixer beside this media room for one group's phones (ADR 0011), on the same SFU
   * node. Its phones feed counts as one publisher against `maxPublishers`.
   */
  createAudioMixer(options: { label: string }): Promise<AudioMixer>;
  /** Destroys the room, its audio mixers and every publisher and subscriber in it; idempotent. */
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

/** G.711 flavour of a phone leg: the gateway answers the caller with one of these (ADR 0011 §7). */
export type PhoneCodec = 'pcmu' | 'pcma';

/** A UDP address. */
export interface RtpAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * Server-side audio mix for the phones of one group (ADR 0011). Phones hear everyone in the
 * mix but themselves; browsers hear the phones through `phonesFeed`, never themselves, because
 * browser audio only reaches the phones' ears, not the phones feed.
 *
 * After publishers and subscribers report `lost` (SFU restart) the mixer is gone with its room;
 * the mixer itself reports nothing. The caller calls `destroy` on the old mixer (it resolves
 * and gives the adapter's resources back) and rebuilds in order: media room, mixer,
 * `phonesFeed` subscriptions, phone legs (the gateway must switch each live call to the new
 * `local` address) and publisher audio.
 */
export interface AudioMixer {
  readonly id: string;
  /**
   * The phones' mix as a feed of the media room: subscribers add it like any publisher stream.
   * It carries the phones only; publisher audio added with `addPublisherAudio` is not in it.
   */
  readonly phonesFeed: StreamRef;
  /**
   * A phone leg: plain RTP, G.711, 20 ms packets (160 bytes), symmetric. The SFU sends this
   * leg's mix (everyone but this phone) to `remote` and takes packets only from `remote`.
   * Resolves with the address the gateway must send to. A muted leg is not heard by anyone.
   * `remote.host` must be an IPv4 address, not a name (`invalidRequest`).
   */
  joinPhone(options: { label: string; codec: PhoneCodec; remote: RtpAddress; muted: boolean }): Promise<PhoneLeg>;
  /**
   * Brings one published audio stream of a publisher of this media room into the phones' ears.
   * `invalidRequest` when `mid` is not a published audio stream or the publisher is not in
   * this room. Add only open microphones: each input costs the SFU an encoder (ADR 0011).
   * Enforced mute (`setStreamActive(mid, false)`) silences the input too; closing the publisher
   * removes it.
   */
  addPublisherAudio(publisher: Publisher, mid: string): Promise<MixInput>;
  /** Ends every leg and input, the phones feed and the mix itself; idempotent. */
  destroy(): Promise<void>;
}

export interface PhoneLeg {
  /** Where the gateway sends this phone's RTP (and from where it receives the mix). */
  readonly local: RtpAddress;
  /** Server-enforced mute: a muted phone is not mixed for anyone. It still hears the mix. */
  setMuted(muted: boolean): Promise<void>;
  /** Leaves the mix and frees the leg's ports; idempotent. */
  leave(): Promise<void>;
}

export interface MixInput {
  /** Stops bringing the stream into the mix; idempotent. */
  remove(): Promise<void>;
}
