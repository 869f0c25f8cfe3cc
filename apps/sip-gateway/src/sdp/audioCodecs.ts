import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import { fmtpFor, rtpMapFor } from './sdpSection.js';
import type { SdpMediaDescription } from './sdpTypes.js';
import { DEFAULT_TELEPHONE_EVENTS, parseTelephoneEventList } from './telephoneEventList.js';

/** The audio codecs the gateway negotiates (RFC 3551 §4.5). */
export type AudioCodecName = 'PCMU' | 'PCMA' | 'G722';

export interface AudioCodec {
  readonly name: AudioCodecName;
  /** The encoding name in `a=rtpmap` (compared without regard to case). */
  readonly encodingName: string;
  /** RTP timestamp rate. */
  readonly clockRate: number;
  /** Audio samples per second; differs from the clock rate for G.722. */
  readonly sampleRate: number;
  readonly staticPayloadType: number;
}

export const AUDIO_CODECS: Readonly<Record<AudioCodecName, AudioCodec>> = {
  PCMU: { name: 'PCMU', encodingName: 'PCMU', clockRate: 8000, sampleRate: 8000, staticPayloadType: 0 },
  PCMA: { name: 'PCMA', encodingName: 'PCMA', clockRate: 8000, sampleRate: 8000, staticPayloadType: 8 },
  // RFC 3551 §4.5.2: G.722 samples at 16 kHz, but its RTP clock runs at 8000 Hz (an error kept for compatibility).
  G722: { name: 'G722', encodingName: 'G722', clockRate: 8000, sampleRate: 16000, staticPayloadType: 9 },
};

/** Wideband first, then the two G.711 laws (A-law is the norm in Germany's networks). */
export const DEFAULT_AUDIO_CODEC_PREFERENCE: readonly AudioCodecName[] = ['G722', 'PCMA', 'PCMU'];

/** telephone-event (RFC 4733) is only accepted at the clock rate of our codecs. */
export const TELEPHONE_EVENT_CLOCK_RATE = 8000;

export interface CodecPreferenceError {
  readonly code: 'empty' | 'unknown_codec' | 'duplicate_codec';
  readonly codec?: string;
}

/** Reads a configured preference such as `pcma, pcmu` (case and spaces do not matter). */
export function parseAudioCodecPreference(text: string): ParseResult<AudioCodecName[], CodecPreferenceError> {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) return fail({ code: 'empty' });
  const result: AudioCodecName[] = [];
  for (const name of names) {
    const codec = Object.values(AUDIO_CODECS).find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (codec === undefined) return fail({ code: 'unknown_codec', codec: name.slice(0, 32) });
    if (result.includes(codec.name)) return fail({ code: 'duplicate_codec', codec: codec.name });
    result.push(codec.name);
  }
  return ok(result);
}

/** What one payload type of an RTP m-line stands for. */
export type OfferedFormat =
  | { readonly kind: 'codec'; readonly payloadType: number; readonly codec: AudioCodec }
  | {
      readonly kind: 'telephone-event';
      readonly payloadType: number;
      readonly clockRate: number;
      /** Empty when the fmtp could not be read. */
      readonly events: readonly number[];
    }
  | { readonly kind: 'other'; readonly payloadType: number };

/**
 * Identifies a payload type: by its rtpmap when there is one, otherwise by the static assignments of RFC 3551
 * (0 PCMU, 8 PCMA, 9 G722). A codec matches only at its own clock rate and in mono.
 */
export function describeFormat(media: SdpMediaDescription, payloadType: number): OfferedFormat {
  const rtpmap = rtpMapFor(media, payloadType);
  if (rtpmap === undefined) {
    const codec = Object.values(AUDIO_CODECS).find((c) => c.staticPayloadType === payloadType);
    return codec === undefined ? { kind: 'other', payloadType } : { kind: 'codec', payloadType, codec };
  }
  const name = rtpmap.encodingName.toLowerCase();
  if (name === 'telephone-event') {
    const fmtp = fmtpFor(media, `${payloadType}`);
    const events = fmtp === undefined ? DEFAULT_TELEPHONE_EVENTS : (parseTelephoneEventList(fmtp.parameters) ?? []);
    return { kind: 'telephone-event', payloadType, clockRate: rtpmap.clockRate, events };
  }
  const codec = Object.values(AUDIO_CODECS).find(
    (c) => c.encodingName.toLowerCase() === name && c.clockRate === rtpmap.clockRate && (rtpmap.channels ?? 1) === 1,
  );
  return codec === undefined ? { kind: 'other', payloadType } : { kind: 'codec', payloadType, codec };
}

/** Every format of an RTP m-line, in the m-line's order. */
export function describeFormats(media: SdpMediaDescription): OfferedFormat[] {
  return media.formats.map((format) => describeFormat(media, Number(format)));
}
