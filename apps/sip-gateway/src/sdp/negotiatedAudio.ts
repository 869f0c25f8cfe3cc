import type { AudioCodec, OfferedFormat } from './audioCodecs.js';
import { directionOf, sends } from './sdpDirection.js';
import { effectiveConnection, effectiveDirection, isHoldAddress } from './sdpSection.js';
import type { SdpAddressType, SdpDirection, SdpMediaDescription, SessionDescription } from './sdpTypes.js';

/** Where to send RTP. */
export interface RtpEndpoint {
  readonly addressType: SdpAddressType;
  readonly address: string;
  readonly port: number;
}

export interface NegotiatedTelephoneEvent {
  readonly payloadType: number;
  readonly events: readonly number[];
}

/** The outcome of an offer/answer exchange for the one audio stream of a call. */
export interface NegotiatedAudio {
  /** Index of the audio m-line in the offer and the answer. */
  readonly mediaIndex: number;
  readonly codec: AudioCodec;
  /** The payload type the peer uses for the codec; may be dynamic, while Janus expects 0 or 8. */
  readonly payloadType: number;
  readonly telephoneEvent: NegotiatedTelephoneEvent | null;
  /** Where to send RTP; `null` when the peer gave no address (old-style hold with `c=0.0.0.0`). */
  readonly remote: RtpEndpoint | null;
  /** Our direction: whether we send and receive. */
  readonly direction: SdpDirection;
  /** The packet time the peer asked to receive, if it said. */
  readonly remotePtime: number | null;
  /** The peer has put the call on hold: it does not want to receive (sendonly, inactive, or `c=0.0.0.0`). */
  readonly remoteHold: boolean;
}

export interface RemoteSide {
  readonly endpoint: RtpEndpoint | null;
  /** The peer's direction, with an old-style hold address read as "does not receive". */
  readonly direction: SdpDirection;
  readonly hold: boolean;
}

/** How the peer's description of a media stream reads once session defaults and old-style hold are applied. */
export function remoteSide(session: SessionDescription, media: SdpMediaDescription): RemoteSide {
  const connection = effectiveConnection(session, media);
  const written = effectiveDirection(session, media);
  const oldHold = connection !== undefined && isHoldAddress(connection);
  const direction = oldHold ? directionOf(sends(written), false) : written;
  const endpoint =
    connection === undefined || oldHold
      ? null
      : { addressType: connection.addressType, address: connection.address, port: media.port };
  return { endpoint, direction, hold: direction === 'sendonly' || direction === 'inactive' };
}

/**
 * The first telephone-event format at the codec's clock rate that shares events with ours; the events in the
 * result are the shared ones. `allowed` narrows the payload types (to those we offered, when reading an answer).
 */
export function pickTelephoneEvent(
  formats: readonly OfferedFormat[],
  clockRate: number,
  ours: readonly number[],
  allowed: (payloadType: number) => boolean = () => true,
): NegotiatedTelephoneEvent | null {
  for (const format of formats) {
    if (format.kind !== 'telephone-event' || format.clockRate !== clockRate || !allowed(format.payloadType)) continue;
    const events = format.events.filter((event) => ours.includes(event));
    if (events.length > 0) return { payloadType: format.payloadType, events };
  }
  return null;
}
