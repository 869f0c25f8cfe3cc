import { type AudioCodecName, DEFAULT_AUDIO_CODEC_PREFERENCE } from './audioCodecs.js';
import type { SdpAddressType, SdpDirection } from './sdpTypes.js';
import { DEFAULT_TELEPHONE_EVENTS } from './telephoneEventList.js';

/** What the gateway puts into its own SDP, as answerer and as offerer. */
export interface MediaConfig {
  /** Audio codecs, most preferred first. */
  readonly codecs: readonly AudioCodecName[];
  /** RFC 4733 events we accept (0–15: digits, *, #, A–D); empty turns telephone-event off. */
  readonly telephoneEvents: readonly number[];
  /** Payload type for telephone-event in our own offers (an answer takes the offerer's). */
  readonly telephoneEventPayloadType: number;
  /** Packet time we want to receive, in ms. Janus's AudioBridge takes only 20 ms G.711 frames. */
  readonly ptime: number;
  /** Where we receive RTP, per address family. At least one must be set. */
  readonly addresses: { readonly IP4?: string; readonly IP6?: string };
  readonly port: number;
  /** What we want: `sendrecv` normally, `sendonly` when we hold the caller, `inactive` to pause both ways. */
  readonly direction: SdpDirection;
  readonly sessionName: string;
}

export const DEFAULT_TELEPHONE_EVENT_PAYLOAD_TYPE = 101;
export const DEFAULT_PTIME_MS = 20;

export function mediaConfig(
  required: Pick<MediaConfig, 'addresses' | 'port'>,
  overrides: Partial<Omit<MediaConfig, 'addresses' | 'port'>> = {},
): MediaConfig {
  return {
    codecs: DEFAULT_AUDIO_CODEC_PREFERENCE,
    telephoneEvents: DEFAULT_TELEPHONE_EVENTS,
    telephoneEventPayloadType: DEFAULT_TELEPHONE_EVENT_PAYLOAD_TYPE,
    ptime: DEFAULT_PTIME_MS,
    direction: 'sendrecv',
    sessionName: 'Plenum',
    ...overrides,
    ...required,
  };
}

/** Our address in the family the peer uses, if we have one. */
export function localAddressFor(config: MediaConfig, family: SdpAddressType): string | undefined {
  return config.addresses[family];
}

/** The family for our own offers: the one in use, else IPv4 when configured. */
export function offerAddressType(config: MediaConfig, inUse?: SdpAddressType): SdpAddressType {
  if (inUse !== undefined && config.addresses[inUse] !== undefined) return inUse;
  return config.addresses.IP4 !== undefined ? 'IP4' : 'IP6';
}
