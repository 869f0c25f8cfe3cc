import type { AudioCodec } from './audioCodecs.js';
import type { MediaConfig } from './mediaConfig.js';
import type { NegotiatedTelephoneEvent } from './negotiatedAudio.js';
import type { SdpConnection, SdpDirection, SdpMediaDescription, SessionDescription } from './sdpTypes.js';
import { formatTelephoneEventList } from './telephoneEventList.js';

/** A description of ours before it gets its o= line (see `stampLocalSdp`). */
export type SdpDraft = Omit<SessionDescription, 'origin'>;

/** The only transport we answer and offer: plain RTP (no SRTP, no feedback profile). */
export const AUDIO_PROTOCOL = 'RTP/AVP';

export function sessionDraft(
  config: MediaConfig,
  connection: SdpConnection,
  media: readonly SdpMediaDescription[],
): SdpDraft {
  return {
    sessionName: config.sessionName,
    emails: [],
    phones: [],
    connection,
    bandwidths: [],
    timings: [{ start: 0, stop: 0, repeats: [] }],
    attributes: [],
    media,
  };
}

export interface CodecFormat {
  readonly codec: AudioCodec;
  readonly payloadType: number;
}

/** Our audio m-line: the codecs in order, telephone-event, our ptime and direction; rtpmap even for static types. */
export function audioMediaSection(
  config: MediaConfig,
  codecs: readonly CodecFormat[],
  telephoneEvent: NegotiatedTelephoneEvent | null,
  direction: SdpDirection,
): SdpMediaDescription {
  const rtpmaps = codecs.map(({ codec, payloadType }) => ({
    payloadType,
    encodingName: codec.encodingName,
    clockRate: codec.clockRate,
  }));
  const formats = codecs.map(({ payloadType }) => `${payloadType}`);
  const fmtps = [];
  if (telephoneEvent !== null) {
    const clockRate = codecs[0]?.codec.clockRate ?? 8000;
    formats.push(`${telephoneEvent.payloadType}`);
    rtpmaps.push({ payloadType: telephoneEvent.payloadType, encodingName: 'telephone-event', clockRate });
    fmtps.push({
      format: `${telephoneEvent.payloadType}`,
      parameters: formatTelephoneEventList(telephoneEvent.events),
    });
  }
  return {
    media: 'audio',
    port: config.port,
    protocol: AUDIO_PROTOCOL,
    formats,
    bandwidths: [],
    rtpmaps,
    fmtps,
    ptime: config.ptime,
    direction,
    attributes: [],
  };
}

/** A refused stream (RFC 3264 §6): port 0, the same media and protocol, the offered formats, nothing else. */
export function rejectedMediaSection(section: SdpMediaDescription): SdpMediaDescription {
  return {
    media: section.media,
    port: 0,
    protocol: section.protocol,
    formats: section.formats,
    bandwidths: [],
    rtpmaps: [],
    fmtps: [],
    attributes: [],
  };
}
