import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import {
  parseAttribute,
  parseBandwidth,
  parseConnection,
  parseFmtp,
  parseMediaLine,
  parseOrigin,
  parsePacketTime,
  parseRtpMap,
  parseTiming,
} from './sdpFields.js';
import { DEFAULT_SDP_LIMITS, type SdpLimits } from './sdpLimits.js';
import type { SdpParseError, SdpParseErrorCode } from './sdpParseError.js';
import {
  isSdpDirection,
  type SdpAttribute,
  type SdpBandwidth,
  type SdpConnection,
  type SdpDirection,
  type SdpFmtp,
  type SdpMediaDescription,
  type SdpOrigin,
  type SdpRtpMap,
  type SessionDescription,
} from './sdpTypes.js';

/**
 * Reads an SDP session description (RFC 4566) from untrusted input.
 *
 * Strict where the gateway relies on a field (o=, c=, m=, rtpmap, fmtp, ptime, direction), lenient where real
 * peers are sloppy: LF alone ends a line, trailing white space and blank lines are dropped, runs of spaces count as
 * one, a missing or empty `s=` becomes `-`, and a missing `t=` is allowed. Lines with a type letter RFC 4566 does
 * not define are ignored, and so are attribute lines whose name is not a token; attributes the model does not name
 * are kept in order. Never throws; every cost is bounded by `limits`.
 */
export function parseSdp(
  input: string | Uint8Array,
  limits: SdpLimits = DEFAULT_SDP_LIMITS,
): ParseResult<SessionDescription, SdpParseError> {
  const text = decodeBounded(input, limits.maxBytes);
  if (text === undefined) return fail({ code: 'too_large' });
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length > limits.maxLines) return fail({ code: 'too_many_lines' });
  const reader = new SdpReader(limits);
  for (const [index, raw] of lines.entries()) {
    const error = reader.read(index + 1, raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    if (error !== undefined) return fail(error);
  }
  return reader.finish();
}

function decodeBounded(input: string | Uint8Array, maxBytes: number): string | undefined {
  if (typeof input === 'string') {
    // A UTF-16 code unit is at least one UTF-8 byte, so the cheap check comes first.
    if (input.length > maxBytes || Buffer.byteLength(input, 'utf8') > maxBytes) return undefined;
    return input;
  }
  if (input.byteLength > maxBytes) return undefined;
  return new TextDecoder('utf-8').decode(input);
}

/** Type letters RFC 4566 defines; any other letter is ignored. */
const KNOWN_TYPES = new Set('vosiuepcbtrzkam');
/** Letters that may appear inside a media section. */
const MEDIA_TYPES = new Set('icbka');
// Control characters other than tab make a line malformed (CR and LF only end lines).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** `readShared` did not handle the line. */
const PASS = Symbol('pass');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface MediaDraft extends Mutable<Omit<SdpMediaDescription, 'bandwidths' | 'rtpmaps' | 'fmtps' | 'attributes'>> {
  line: number;
  bandwidths: SdpBandwidth[];
  rtpmaps: SdpRtpMap[];
  fmtps: SdpFmtp[];
  attributes: SdpAttribute[];
}

interface SectionTarget {
  connection?: SdpConnection;
  direction?: SdpDirection;
  information?: string;
  key?: string;
  bandwidths: SdpBandwidth[];
  attributes: SdpAttribute[];
}

interface SessionDraft extends SectionTarget {
  origin?: SdpOrigin;
  sessionName?: string;
  uri?: string;
  emails: string[];
  phones: string[];
  timings: { start: number; stop: number; repeats: string[] }[];
  timeZones?: string;
}

class SdpReader {
  private sawVersion = false;
  private readonly session: SessionDraft = {
    emails: [],
    phones: [],
    bandwidths: [],
    timings: [],
    attributes: [],
  };
  private readonly media: MediaDraft[] = [];

  constructor(private readonly limits: SdpLimits) {}

  read(line: number, raw: string): SdpParseError | undefined {
    const text = raw.trimEnd();
    if (text === '') return undefined;
    if (text.length > this.limits.maxLineLength) return { code: 'line_too_long', line };
    if (CONTROL.test(text)) return { code: 'bad_character', line };
    const type = text[0] ?? '';
    if (text[1] !== '=' || !/^[a-z]$/.test(type)) return { code: 'bad_line', line };
    const value = text.slice(2);
    if (!this.sawVersion) {
      if (type !== 'v') return { code: 'missing_version', line };
      if (value.trim() !== '0') return { code: 'bad_version', line };
      this.sawVersion = true;
      return undefined;
    }
    if (!KNOWN_TYPES.has(type)) return undefined;
    if (type === 'm') return this.readMedia(line, value);
    const current = this.media[this.media.length - 1];
    if (current !== undefined && !MEDIA_TYPES.has(type)) return { code: 'misplaced_line', line, field: type };
    const shared = this.readShared(line, type, value, current ?? this.session);
    if (shared !== PASS) return shared;
    return current !== undefined
      ? this.readMediaAttribute(line, value, current)
      : this.readSessionOnly(line, type, value);
  }

  finish(): ParseResult<SessionDescription, SdpParseError> {
    if (!this.sawVersion) return fail({ code: 'missing_version' });
    const { origin, sessionName, timings, ...rest } = this.session;
    if (origin === undefined) return fail({ code: 'missing_origin' });
    const media: SdpMediaDescription[] = [];
    for (const { line, ...description } of this.media) {
      if (description.port !== 0 && description.connection === undefined && rest.connection === undefined) {
        return fail({ code: 'missing_connection', line });
      }
      media.push(description);
    }
    return ok({ origin, sessionName: sessionName ?? '-', timings, ...rest, media });
  }

  /** Fields that mean the same at session and at media level: i, c, b, k and the direction attributes. */
  private readShared(
    line: number,
    type: string,
    value: string,
    target: SectionTarget,
  ): SdpParseError | undefined | typeof PASS {
    switch (type) {
      case 'i':
        target.information = value;
        return undefined;
      case 'k':
        target.key = value;
        return undefined;
      case 'c': {
        if (target.connection !== undefined) return { code: 'duplicate_line', line, field: 'c' };
        const connection = parseConnection(value);
        if (connection === undefined) return { code: 'bad_connection', line };
        target.connection = connection;
        return undefined;
      }
      case 'b': {
        const bandwidth = parseBandwidth(value);
        if (bandwidth === undefined) return { code: 'bad_bandwidth', line };
        target.bandwidths.push(bandwidth);
        return undefined;
      }
      case 'a': {
        const name = value.trim();
        if (!isSdpDirection(name)) return PASS;
        if (target.direction !== undefined) return { code: 'duplicate_line', line, field: 'direction' };
        target.direction = name;
        return undefined;
      }
      default:
        return PASS;
    }
  }

  private readSessionOnly(line: number, type: string, value: string): SdpParseError | undefined {
    const session = this.session;
    switch (type) {
      case 'v':
        return { code: 'duplicate_line', line, field: 'v' };
      case 'o': {
        if (session.origin !== undefined) return { code: 'duplicate_line', line, field: 'o' };
        const origin = parseOrigin(value);
        if (origin === undefined) return { code: 'bad_origin', line };
        session.origin = origin;
        return undefined;
      }
      case 's':
        if (session.sessionName !== undefined) return { code: 'duplicate_line', line, field: 's' };
        session.sessionName = value.trim() === '' ? '-' : value;
        return undefined;
      case 'u':
        session.uri = value;
        return undefined;
      case 'e':
        session.emails.push(value);
        return undefined;
      case 'p':
        session.phones.push(value);
        return undefined;
      case 't': {
        const timing = parseTiming(value);
        if (timing === undefined) return { code: 'bad_timing', line };
        session.timings.push({ ...timing, repeats: [] });
        return undefined;
      }
      case 'r': {
        const timing = session.timings[session.timings.length - 1];
        if (timing === undefined) return { code: 'bad_timing', line, field: 'r' };
        timing.repeats.push(value);
        return undefined;
      }
      case 'z':
        session.timeZones = value;
        return undefined;
      default:
        return this.pushAttribute(value, session.attributes);
    }
  }

  private readMedia(line: number, value: string): SdpParseError | undefined {
    if (this.session.origin === undefined) return { code: 'missing_origin', line };
    if (this.media.length >= this.limits.maxMediaSections) return { code: 'too_many_media', line };
    const parsed = parseMediaLine(value);
    if (parsed === undefined) return { code: 'bad_media', line };
    if (parsed.formats.length > this.limits.maxFormats) return { code: 'too_many_formats', line };
    this.media.push({
      ...parsed,
      line,
      formats: parsed.formats,
      bandwidths: [],
      rtpmaps: [],
      fmtps: [],
      attributes: [],
    });
    return undefined;
  }

  /** Only `a=` lines reach this: i, c, b and k are shared with the session level. */
  private readMediaAttribute(line: number, value: string, media: MediaDraft): SdpParseError | undefined {
    const attribute = parseAttribute(value);
    // An attribute whose name is not a token cannot be one we know: ignored, like an unknown attribute would be.
    if (attribute === undefined) return undefined;
    const known = (field: string, parsed: unknown): SdpParseError | undefined =>
      parsed === undefined ? { code: 'bad_attribute', line, field } : undefined;
    switch (attribute.name) {
      case 'rtpmap': {
        const rtpmap = parseRtpMap(attribute.value ?? '');
        if (rtpmap !== undefined) media.rtpmaps.push(rtpmap);
        return known('rtpmap', rtpmap);
      }
      case 'fmtp': {
        const fmtp = parseFmtp(attribute.value ?? '');
        if (fmtp !== undefined) media.fmtps.push(fmtp);
        return known('fmtp', fmtp);
      }
      case 'ptime':
      case 'maxptime': {
        if (media[attribute.name] !== undefined) return { code: 'duplicate_line', line, field: attribute.name };
        const ms = parsePacketTime(attribute.value ?? '');
        if (ms !== undefined) media[attribute.name] = ms;
        return known(attribute.name, ms);
      }
      default:
        media.attributes.push(attribute);
        return undefined;
    }
  }

  private pushAttribute(value: string, attributes: SdpAttribute[]): undefined {
    const attribute = parseAttribute(value);
    if (attribute !== undefined) attributes.push(attribute);
    return undefined;
  }
}

export type { SdpParseError, SdpParseErrorCode };
