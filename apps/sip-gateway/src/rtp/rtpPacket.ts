import { fail, ok, type ParseResult } from '../sip/ParseResult.js';

/** An RTP packet (RFC 3550 §5.1). `payload` and extension data are views into the parsed buffer, not copies. */
export interface RtpPacket {
  readonly marker: boolean;
  readonly payloadType: number;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly ssrc: number;
  readonly csrcs: readonly number[];
  readonly extension: RtpHeaderExtension | null;
  readonly payload: Uint8Array;
  /** Padding bytes after the payload (the P bit); 0 without padding. */
  readonly paddingLength: number;
}

/** The header extension of RFC 3550 §5.3.1, kept raw (RFC 8285 elements are not split). */
export interface RtpHeaderExtension {
  /** 16 bits defined by the profile; 0xBEDE for RFC 8285 one-byte elements. */
  readonly profile: number;
  /** A multiple of 4 bytes. */
  readonly data: Uint8Array;
}

export type RtpParseErrorCode =
  | 'too_short'
  | 'too_large'
  | 'bad_version'
  /** Payload type 64–95 with the marker bit: an RTCP packet on a multiplexed port (RFC 5761 §4). */
  | 'rtcp'
  | 'truncated_csrc'
  | 'truncated_extension'
  | 'bad_padding';

export const RTP_HEADER_BYTES = 12;
/** Larger than any UDP payload on an Ethernet path; plain RTP audio packets are far smaller. */
export const DEFAULT_MAX_RTP_PACKET_BYTES = 1500;

/** Reads an RTP packet from a datagram. Never throws; never copies the payload. */
export function parseRtpPacket(
  datagram: Uint8Array,
  maxBytes: number = DEFAULT_MAX_RTP_PACKET_BYTES,
): ParseResult<RtpPacket, RtpParseErrorCode> {
  if (datagram.byteLength > maxBytes) return fail('too_large');
  if (datagram.byteLength < RTP_HEADER_BYTES) return fail('too_short');
  const view = new DataView(datagram.buffer, datagram.byteOffset, datagram.byteLength);
  const first = view.getUint8(0);
  const second = view.getUint8(1);
  if (first >> 6 !== 2) return fail('bad_version');
  if (second >= 192 && second <= 223) return fail('rtcp');
  const csrcCount = first & 0x0f;
  let offset = RTP_HEADER_BYTES + csrcCount * 4;
  if (offset > datagram.byteLength) return fail('truncated_csrc');
  const csrcs: number[] = [];
  for (let i = 0; i < csrcCount; i++) csrcs.push(view.getUint32(RTP_HEADER_BYTES + i * 4));
  let extension: RtpHeaderExtension | null = null;
  if ((first & 0x10) !== 0) {
    if (offset + 4 > datagram.byteLength) return fail('truncated_extension');
    const profile = view.getUint16(offset);
    const length = view.getUint16(offset + 2) * 4;
    if (offset + 4 + length > datagram.byteLength) return fail('truncated_extension');
    extension = { profile, data: datagram.subarray(offset + 4, offset + 4 + length) };
    offset += 4 + length;
  }
  let paddingLength = 0;
  if ((first & 0x20) !== 0) {
    paddingLength = view.getUint8(datagram.byteLength - 1);
    if (paddingLength === 0 || offset + paddingLength > datagram.byteLength) return fail('bad_padding');
  }
  return ok({
    marker: (second & 0x80) !== 0,
    payloadType: second & 0x7f,
    sequenceNumber: view.getUint16(2),
    timestamp: view.getUint32(4),
    ssrc: view.getUint32(8),
    csrcs,
    extension,
    payload: datagram.subarray(offset, datagram.byteLength - paddingLength),
    paddingLength,
  });
}

/** What `serializeRtpPacket` needs; everything but the core fields is optional. */
export interface RtpPacketInit {
  readonly marker?: boolean;
  readonly payloadType: number;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly ssrc: number;
  readonly csrcs?: readonly number[];
  readonly extension?: RtpHeaderExtension | null;
  readonly payload: Uint8Array;
  readonly paddingLength?: number;
}

/**
 * Writes an RTP packet (version 2). The values come from our own code, so a value out of range is a programming
 * error and throws a RangeError rather than being masked into a different packet. Padding bytes are zero, the
 * last one holds the count.
 */
export function serializeRtpPacket(packet: RtpPacketInit): Uint8Array {
  const csrcs = packet.csrcs ?? [];
  const extension = packet.extension ?? null;
  const paddingLength = packet.paddingLength ?? 0;
  checkRange('payloadType', packet.payloadType, 127);
  checkRange('sequenceNumber', packet.sequenceNumber, 0xffff);
  checkRange('timestamp', packet.timestamp, 0xffffffff);
  checkRange('ssrc', packet.ssrc, 0xffffffff);
  checkRange('csrc count', csrcs.length, 15);
  for (const csrc of csrcs) checkRange('csrc', csrc, 0xffffffff);
  checkRange('paddingLength', paddingLength, 255);
  if (extension !== null) {
    checkRange('extension profile', extension.profile, 0xffff);
    if (extension.data.byteLength % 4 !== 0 || extension.data.byteLength > 0xffff * 4) {
      throw new RangeError('RTP extension data must be a multiple of 4 bytes, at most 262140');
    }
  }
  const extensionBytes = extension === null ? 0 : 4 + extension.data.byteLength;
  const headerBytes = RTP_HEADER_BYTES + csrcs.length * 4 + extensionBytes;
  const out = new Uint8Array(headerBytes + packet.payload.byteLength + paddingLength);
  const view = new DataView(out.buffer);
  view.setUint8(0, 0x80 | (paddingLength > 0 ? 0x20 : 0) | (extension !== null ? 0x10 : 0) | csrcs.length);
  view.setUint8(1, (packet.marker === true ? 0x80 : 0) | packet.payloadType);
  view.setUint16(2, packet.sequenceNumber);
  view.setUint32(4, packet.timestamp);
  view.setUint32(8, packet.ssrc);
  csrcs.forEach((csrc, i) => {
    view.setUint32(RTP_HEADER_BYTES + i * 4, csrc);
  });
  if (extension !== null) {
    const at = RTP_HEADER_BYTES + csrcs.length * 4;
    view.setUint16(at, extension.profile);
    view.setUint16(at + 2, extension.data.byteLength / 4);
    out.set(extension.data, at + 4);
  }
  out.set(packet.payload, headerBytes);
  if (paddingLength > 0) out[out.length - 1] = paddingLength;
  return out;
}

function checkRange(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`RTP ${name} must be an integer from 0 to ${max}`);
  }
}
