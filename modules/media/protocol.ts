import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { z } from 'zod';

export const mediaLimits = {
  /** SDP size cap; a browser offer with three m-lines and simulcast is about 6–10 KiB. */
  maxSdpBytes: 48 * 1024,
  maxCandidateLength: 1024,
  /**
   * How often one phone's talking may change: a burst of `talkingBurst` changes, then one every `talkingRefillMs`.
   * The gateway's hysteresis keeps a caller below it (talking ends only after 800 ms of quiet, so about two changes a
   * second at most); a change beyond it is not dropped but held back until the pace allows, so the last word always
   * arrives.
   */
  talkingBurst: 8,
  talkingRefillMs: 250,
} as const;

/** What a published track is, from the user's point of view. */
export const MediaSource = z.enum(['microphone', 'camera', 'screen']);
export type MediaSource = z.infer<typeof MediaSource>;
export const mediaSources = MediaSource.options;

const Sdp = z.string().min(10).max(mediaLimits.maxSdpBytes);
const Mid = z.string().min(1).max(32);

/** One source of one participant: published at all, and muted (audio silenced / video paused). */
export const SourceState = z.object({ published: z.boolean(), muted: z.boolean() });
export type SourceState = z.infer<typeof SourceState>;

export const MediaState = z.object({ microphone: SourceState, camera: SourceState, screen: SourceState });
export type MediaState = z.infer<typeof MediaState>;

export const IceCandidate = z.object({
  candidate: z.string().max(mediaLimits.maxCandidateLength),
  sdpMid: z.string().max(32).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
});
export type IceCandidate = z.infer<typeof IceCandidate>;

/** One m-line of a subscriber connection and whose track it carries. */
export const SubscribedStream = z.object({
  mid: Mid,
  /** Whose track it is; null for the mix of every telephone caller in the group (one feed for all phones, ADR 0011). */
  participantId: ParticipantId.nullable(),
  source: MediaSource,
  kind: z.enum(['audio', 'video']),
});
export type SubscribedStream = z.infer<typeof SubscribedStream>;

/** Where a phone call's audio flows: an IP literal and a UDP port (never a name to resolve). */
export const RtpAddress = z.object({
  host: z.union([z.ipv4(), z.ipv6()]),
  port: z.number().int().min(1024).max(65_535),
});
export type RtpAddress = z.infer<typeof RtpAddress>;

export const mediaProtocol = defineProtocol({
  ns: 'media',
  commands: {
    /**
     * An SDP offer for this connection's publisher, the first or a renegotiation. `tracks`
     * names the source of each sending m-line by mid; m-lines not listed are not published.
     */
    publish: z.object({
      sdp: Sdp,
      tracks: z
        .array(z.object({ mid: Mid, source: MediaSource }))
        .max(3)
        .refine((t) => new Set(t.map((x) => x.source)).size === t.length, 'each source at most once'),
    }),
    /** Stop publishing anything from this connection. */
    unpublish: z.object({}),
    /** Mute or unmute a published source; everyone sees the state. */
    setMuted: z.object({ source: MediaSource, muted: z.boolean() }),
    /** A local ICE candidate, or null for end-of-candidates. */
    trickle: z.object({ target: z.enum(['publisher', 'subscriber']), candidate: IceCandidate.nullable() }),
    /** The answer to the latest `subscriberOffer`. */
    subscriberAnswer: z.object({ sdp: Sdp }),
    /**
     * Throw away this connection's subscriber (its peer connection failed) and start a new
     * one: the next `subscriberOffer` is for a fresh peer connection.
     */
    resubscribe: z.object({}),
    /**
     * Only for `phone` participants (the SIP gateway, one connection per call): bring this call's audio into the
     * meeting. `rtp` is where the gateway receives the mix (and sends from: RTP is symmetric); the answer is
     * `phoneAudioReady`. The caller's microphone then counts as published, and `setMuted` mutes it like a browser's.
     */
    joinPhoneAudio: z.object({ codec: z.enum(['pcmu', 'pcma']), rtp: RtpAddress }),
    /**
     * Only for `phone` participants: the caller started or stopped talking (the gateway measures the level of the
     * call's audio, with hysteresis). Browsers cannot tell the callers apart in the phones' one mixed stream, so this
     * is where their speaking indicator comes from. Ignored while the call's audio has not joined or is muted; changes
     * faster than `mediaLimits.talking*` are held back, not refused.
     */
    phoneTalking: z.object({ talking: z.boolean() }),
  },
  events: {
    publishAnswer: z.object({ sdp: Sdp }),
    /**
     * A (re)offer for this connection's subscriber: answer it with `subscriberAnswer`.
     * `generation` grows with every new subscriber (see `resubscribe`); an offer of an older
     * generation than one already seen is stale and must be ignored.
     */
    subscriberOffer: z.object({ sdp: Sdp, streams: z.array(SubscribedStream), generation: z.number().int().min(0) }),
    mediaStateChanged: z.object({ participantId: ParticipantId, media: MediaState }),
    /**
     * To the sharing connection: a moderator took the screen-share permission away. The SFU no longer forwards the
     * screen; stop the screen track and renegotiate without it.
     */
    screenShareRevoked: z.object({}),
    /**
     * To a phone's connection: where to send the caller's audio (G.711, 20 ms packets, from the address named in
     * `joinPhoneAudio`). Sent again with a new address when the caller moves to another group (breakout room).
     */
    phoneAudioReady: z.object({ rtp: RtpAddress }),
    /**
     * To everyone in the caller's group (main room or breakout room): a telephone caller started or stopped talking.
     * Sent only on a change. Muting, leaving the group and the end of the call's audio end talking; a muted caller
     * never talks. A participant who moves to another group is told the talking callers of the group it leaves
     * (`false`) and of the group it enters (`true`), so its picture is always that of its own group.
     */
    talkingChanged: z.object({ participantId: ParticipantId, talking: z.boolean() }),
  },
  errors: {
    /** The media server is unreachable; signalling still works. Retry later. */
    mediaUnavailable: z.object({}),
    /** The SFU refused the SDP. */
    negotiationFailed: z.object({ target: z.enum(['publisher', 'subscriber']) }),
    /** A `tracks` mid does not appear as a sending m-line in the offer. */
    unknownMid: z.object({ mid: z.string() }),
    notPublished: z.object({ source: MediaSource }),
    /** Microphone restrictions are on and you are not on the allow list: you stay muted. */
    microphoneRestricted: z.object({}),
    /** Only moderators, and people a moderator allowed, may share their screen. */
    screenShareNotAllowed: z.object({}),
    /** Publisher trickle before any `publish`. */
    noPublisher: z.object({}),
    /** `subscriberAnswer` or subscriber trickle without an outstanding subscription. */
    noSubscription: z.object({}),
    /** `joinPhoneAudio` or `phoneTalking` from a participant who is not a telephone caller. */
    notAPhone: z.object({}),
  },
  joinState: z.object({
    participants: z.record(z.string(), MediaState),
    /** The telephone callers of the joiner's group who are talking right now; absent reads as nobody. */
    talking: z.array(ParticipantId).default([]),
  }),
});
export type MediaProtocol = typeof mediaProtocol;
