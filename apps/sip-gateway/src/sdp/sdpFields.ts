import { isIPv4, isIPv6 } from 'node:net';
import type {
  SdpAddressType,
  SdpAttribute,
  SdpBandwidth,
  SdpConnection,
  SdpFmtp,
  SdpOrigin,
  SdpRtpMap,
  SdpTiming,
} from './sdpTypes.js';

/**
 * Readers for single SDP fields (the text after `x=`). Each returns `undefined` when the field is malformed;
 * the caller turns that into a typed error with the line number.
 */

const TOKEN = /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+$/;
const DIGITS = /^\d{1,20}$/;
const SMALL_NUMBER = /^\d{1,10}$/;

export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

/** Space-separated fields; runs of spaces (a common sloppiness) count as one. */
function words(value: string): string[] {
  return value.trim().split(/ +/);
}

function parseAddressType(text: string | undefined): SdpAddressType | undefined {
  return text === 'IP4' || text === 'IP6' ? text : undefined;
}

function parseSmallInteger(text: string | undefined, max: number): number | undefined {
  if (text === undefined || !SMALL_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return value <= max ? value : undefined;
}

/** `o=<username> <sess-id> <sess-version> IN <IP4|IP6> <address>` */
export function parseOrigin(value: string): SdpOrigin | undefined {
  const parts = words(value);
  if (parts.length !== 6) return undefined;
  const [username = '', sessionId = '', sessionVersion = '', netType, addrType, address = ''] = parts;
  const addressType = parseAddressType(addrType);
  if (username === '' || netType !== 'IN' || addressType === undefined || address === '') return undefined;
  if (!DIGITS.test(sessionId) || !DIGITS.test(sessionVersion)) return undefined;
  return { username, sessionId, sessionVersion, addressType, address };
}

/** `c=IN <IP4|IP6> <unicast address literal>` */
export function parseConnection(value: string): SdpConnection | undefined {
  const parts = words(value);
  if (parts.length !== 3 || parts[0] !== 'IN') return undefined;
  const addressType = parseAddressType(parts[1]);
  const address = parts[2] ?? '';
  if (addressType === 'IP4' && isIPv4(address)) return { addressType, address };
  if (addressType === 'IP6' && isIPv6(address)) return { addressType, address };
  return undefined;
}

/** `b=<bwtype>:<bandwidth>` */
export function parseBandwidth(value: string): SdpBandwidth | undefined {
  const colon = value.indexOf(':');
  const type = value.slice(0, colon);
  const amount = parseSmallInteger(value.slice(colon + 1), 0xffffffff);
  if (colon < 1 || !isToken(type) || amount === undefined) return undefined;
  return { type, value: amount };
}

/** `t=<start> <stop>` (NTP seconds) */
export function parseTiming(value: string): SdpTiming | undefined {
  const parts = words(value);
  if (parts.length !== 2) return undefined;
  const start = parseSmallInteger(parts[0], Number.MAX_SAFE_INTEGER);
  const stop = parseSmallInteger(parts[1], Number.MAX_SAFE_INTEGER);
  if (start === undefined || stop === undefined) return undefined;
  return { start, stop, repeats: [] };
}

export interface MediaLine {
  readonly media: string;
  readonly port: number;
  readonly portCount?: number;
  readonly protocol: string;
  readonly formats: readonly string[];
}

/** `m=<media> <port>[/<count>] <proto> <fmt> …`; for RTP protocols every format must be a payload type. */
export function parseMediaLine(value: string): MediaLine | undefined {
  const [media = '', portText = '', protocol = '', ...formats] = words(value);
  if (!isToken(media) || formats.length === 0) return undefined;
  if (!protocol.split('/').every(isToken)) return undefined;
  const [portPart, countPart] = portText.split('/');
  const port = parseSmallInteger(portPart, 65535);
  if (port === undefined) return undefined;
  const rtp = protocol.split('/').includes('RTP');
  if (!formats.every((format) => (rtp ? parseSmallInteger(format, 127) !== undefined : isToken(format)))) {
    return undefined;
  }
  if (countPart === undefined) return { media, port, protocol, formats };
  const portCount = parseSmallInteger(countPart, 65535);
  if (portCount === undefined || portCount < 1) return undefined;
  return { media, port, portCount, protocol, formats };
}

/** `a=<name>` or `a=<name>:<value>` */
export function parseAttribute(value: string): SdpAttribute | undefined {
  const colon = value.indexOf(':');
  if (colon === -1) return isToken(value) ? { name: value } : undefined;
  const name = value.slice(0, colon);
  return isToken(name) ? { name, value: value.slice(colon + 1) } : undefined;
}

/** The value of `a=rtpmap:`: `<payload type> <encoding name>/<clock rate>[/<channels>]` */
export function parseRtpMap(value: string): SdpRtpMap | undefined {
  const space = value.indexOf(' ');
  const payloadType = parseSmallInteger(value.slice(0, space), 127);
  const [encodingName = '', clockText, channelText, ...rest] = value
    .slice(space + 1)
    .trim()
    .split('/');
  if (space < 1 || payloadType === undefined || !isToken(encodingName) || rest.length > 0) return undefined;
  const clockRate = parseSmallInteger(clockText, 0xffffffff);
  if (clockRate === undefined || clockRate === 0) return undefined;
  if (channelText === undefined) return { payloadType, encodingName, clockRate };
  const channels = parseSmallInteger(channelText, 255);
  if (channels === undefined || channels === 0) return undefined;
  return { payloadType, encodingName, clockRate, channels };
}

/** The value of `a=fmtp:`: `<format> <parameters>` */
export function parseFmtp(value: string): SdpFmtp | undefined {
  const space = value.indexOf(' ');
  if (space < 1) return undefined;
  const format = value.slice(0, space);
  const parameters = value.slice(space + 1).trim();
  return isToken(format) && parameters !== '' ? { format, parameters } : undefined;
}

/** The value of `a=ptime:` or `a=maxptime:`, in milliseconds (fractions allowed, 1 ms to 10 s). */
export function parsePacketTime(value: string): number | undefined {
  if (!/^\d{1,5}(\.\d{1,3})?$/.test(value.trim())) return undefined;
  const ms = Number(value);
  return ms > 0 && ms <= 10_000 ? ms : undefined;
}
