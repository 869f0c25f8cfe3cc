/**
 * A typed model of an SDP session description (RFC 4566), as far as the gateway needs it.
 * Attributes the model does not name stay in `attributes`, in their original order.
 */

export type SdpAddressType = 'IP4' | 'IP6';

export type SdpDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface SdpOrigin {
  readonly username: string;
  /** Decimal digits. Kept as text: NTP-based ids exceed 2^53. */
  readonly sessionId: string;
  /** Decimal digits, as above. */
  readonly sessionVersion: string;
  readonly addressType: SdpAddressType;
  /** An address or a host name; only used to identify the session, never to send media. */
  readonly address: string;
}

/** `c=IN IP4 192.0.2.1`: a unicast address literal (host names and multicast are refused by the parser). */
export interface SdpConnection {
  readonly addressType: SdpAddressType;
  readonly address: string;
}

/** `b=AS:64` */
export interface SdpBandwidth {
  readonly type: string;
  readonly value: number;
}

/** `t=0 0` plus its `r=` lines, kept as text. */
export interface SdpTiming {
  readonly start: number;
  readonly stop: number;
  readonly repeats: readonly string[];
}

/** `a=rtpmap:96 opus/48000/2` */
export interface SdpRtpMap {
  readonly payloadType: number;
  readonly encodingName: string;
  readonly clockRate: number;
  /** Only when given in the rtpmap (audio channels). */
  readonly channels?: number;
}

/** `a=fmtp:101 0-15`; the parameters stay as text because their grammar depends on the format. */
export interface SdpFmtp {
  readonly format: string;
  readonly parameters: string;
}

/** Any other attribute: `a=name` (a property) or `a=name:value`. */
export interface SdpAttribute {
  readonly name: string;
  readonly value?: string;
}

export interface SdpMediaDescription {
  /** `audio`, `video`, `application`, … */
  readonly media: string;
  readonly port: number;
  /** `m=audio 49170/2 …` */
  readonly portCount?: number;
  /** `RTP/AVP`, `RTP/SAVP`, `UDP/TLS/RTP/SAVPF`, … */
  readonly protocol: string;
  /** For RTP protocols: payload type numbers (0–127) as text, in the offerer's order of preference. */
  readonly formats: readonly string[];
  readonly information?: string;
  readonly connection?: SdpConnection;
  readonly bandwidths: readonly SdpBandwidth[];
  readonly key?: string;
  readonly rtpmaps: readonly SdpRtpMap[];
  readonly fmtps: readonly SdpFmtp[];
  /** Milliseconds of media per packet the sender of this description wants to receive. */
  readonly ptime?: number;
  readonly maxptime?: number;
  readonly direction?: SdpDirection;
  readonly attributes: readonly SdpAttribute[];
}

export interface SessionDescription {
  readonly origin: SdpOrigin;
  readonly sessionName: string;
  readonly information?: string;
  readonly uri?: string;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly connection?: SdpConnection;
  readonly bandwidths: readonly SdpBandwidth[];
  readonly timings: readonly SdpTiming[];
  /** `z=` kept as text. */
  readonly timeZones?: string;
  readonly key?: string;
  readonly direction?: SdpDirection;
  readonly attributes: readonly SdpAttribute[];
  readonly media: readonly SdpMediaDescription[];
}

export const SDP_DIRECTIONS: readonly SdpDirection[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

export function isSdpDirection(value: string): value is SdpDirection {
  return (SDP_DIRECTIONS as readonly string[]).includes(value);
}
