import type { RtpReceiveReport } from '../rtp/rtpReceiveStats.js';

/** Why a datagram that reached one of the call's sockets was not relayed. */
export interface DropCounters {
  /** From an address that is not the peer of this socket (another host, a port scan, a stale call). */
  stranger: number;
  /** RTCP on the RTP port: the gateway does not use RTCP and ignores it. */
  rtcp: number;
  /** Not RTP version 2, truncated, or larger than 1500 bytes. */
  malformed: number;
  /** A payload type that was not negotiated (phone) or is not the leg's G.711 law (bridge). */
  payloadType: number;
  /** Arrived while the direction said not to pass it on (hold), or while there was nowhere to send it. */
  paused: number;
}

export interface LegStats {
  /** RTP packets accepted from the peer (including telephone-event and comfort noise on the phone leg). */
  readonly packetsIn: number;
  /** RTP packets sent to the peer. */
  readonly packetsOut: number;
  /** Loss and RFC 3550 jitter of the peer's current source; `null` before its first packet. */
  readonly receive: RtpReceiveReport | null;
  readonly dropped: Readonly<DropCounters>;
}

export interface CallMediaStats {
  readonly phone: LegStats & {
    /** Key presses reported (RFC 4733). */
    readonly digits: number;
    /** telephone-event and comfort-noise (PT 13) packets kept back from the bridge. */
    readonly telephoneEventPackets: number;
    readonly comfortNoisePackets: number;
    /** Audio thrown away when reframing hit a gap (bytes = samples). */
    readonly reframeDiscardedBytes: number;
    /** Prompt and silence frames sent (part of `packetsOut`). */
    readonly localFrames: number;
    /** Whether the phone's address was learnt from its packets rather than its SDP. */
    readonly latched: boolean;
  };
  readonly bridge: LegStats & {
    /** Mix packets not forwarded because a prompt was playing to this caller. */
    readonly mixDuringPrompt: number;
  };
}

export function emptyDropCounters(): DropCounters {
  return { stranger: 0, rtcp: 0, malformed: 0, payloadType: 0, paused: 0 };
}
