import { describe, expect, it } from 'vitest';
import { BARESIP_DTMF_CAPTURE } from './fixtures/baresipDtmfCapture.js';
import { parseRtpPacket, type RtpPacketInit, serializeRtpPacket } from './rtpPacket.js';

function hex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'hex'));
}

const BASE: RtpPacketInit = {
  payloadType: 8,
  sequenceNumber: 0x0c49,
  timestamp: 0xad0d,
  ssrc: 0x91bacf48,
  payload: Uint8Array.of(1, 2, 3, 4),
};

describe('parseRtpPacket on baresip’s packets', () => {
  it('reads the header of an audio packet', () => {
    const [, first] = BARESIP_DTMF_CAPTURE[0] as readonly [number, string];
    const result = parseRtpPacket(hex(first));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      marker: false,
      payloadType: 8,
      sequenceNumber: 0x0c49,
      timestamp: 0xad0d,
      ssrc: 0x91bacf48,
      csrcs: [],
      extension: null,
      paddingLength: 0,
    });
    expect(result.value.payload.byteLength).toBe(160);
  });

  it('reads the marker bit of the first telephone-event packet', () => {
    const result = parseRtpPacket(hex('80e50c4f0000b0cd91bacf48050a00a0'));
    expect(result.ok && [result.value.marker, result.value.payloadType, [...result.value.payload]]).toEqual([
      true,
      101,
      [5, 10, 0, 160],
    ]);
  });

  it('gives a view into the datagram, not a copy', () => {
    const datagram = serializeRtpPacket(BASE);
    const result = parseRtpPacket(datagram);
    expect(result.ok && result.value.payload.buffer).toBe(datagram.buffer);
  });
});

describe('serializeRtpPacket', () => {
  it('writes what the parser reads back, with CSRCs, an extension and padding', () => {
    const packet = {
      marker: true,
      payloadType: 101,
      sequenceNumber: 65535,
      timestamp: 0xffffffff,
      ssrc: 1,
      csrcs: [0xdeadbeef, 7],
      extension: { profile: 0xbede, data: Uint8Array.of(0x10, 0x7f, 0, 0) },
      payload: Uint8Array.of(9, 8, 7),
      paddingLength: 5,
    };
    const bytes = serializeRtpPacket(packet);
    expect(bytes.byteLength).toBe(12 + 8 + 8 + 3 + 5);
    expect(bytes[0]).toBe(0x80 | 0x20 | 0x10 | 2);
    expect(bytes[bytes.length - 1]).toBe(5);
    const result = parseRtpPacket(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ ...result.value, payload: [...result.value.payload] }).toEqual({
      ...packet,
      extension: { profile: 0xbede, data: packet.extension.data },
      payload: [9, 8, 7],
    });
  });

  it('writes baresip’s packets byte for byte', () => {
    for (const [, text] of BARESIP_DTMF_CAPTURE) {
      const parsed = parseRtpPacket(hex(text));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(Buffer.from(serializeRtpPacket(parsed.value)).toString('hex')).toBe(text);
    }
  });

  it('throws on values out of range instead of writing another packet', () => {
    expect(() => serializeRtpPacket({ ...BASE, payloadType: 128 })).toThrow(RangeError);
    expect(() => serializeRtpPacket({ ...BASE, sequenceNumber: 65536 })).toThrow(RangeError);
    expect(() => serializeRtpPacket({ ...BASE, timestamp: -1 })).toThrow(RangeError);
    expect(() => serializeRtpPacket({ ...BASE, ssrc: 1.5 })).toThrow(RangeError);
    expect(() => serializeRtpPacket({ ...BASE, csrcs: new Array(16).fill(0) })).toThrow(RangeError);
    expect(() => serializeRtpPacket({ ...BASE, paddingLength: 256 })).toThrow(RangeError);
    expect(() => serializeRtpPacket({ ...BASE, extension: { profile: 1, data: new Uint8Array(3) } })).toThrow(
      RangeError,
    );
  });
});

describe('parseRtpPacket refuses malformed datagrams with a typed error', () => {
  const valid = serializeRtpPacket(BASE);
  const withByte = (index: number, value: number) => {
    const copy = Uint8Array.from(valid);
    copy[index] = value;
    return copy;
  };

  it.each([
    ['empty', new Uint8Array(0), 'too_short'],
    ['shorter than a header', valid.subarray(0, 11), 'too_short'],
    ['version 1', withByte(0, 0x40), 'bad_version'],
    ['version 0 (e.g. STUN)', withByte(0, 0x00), 'bad_version'],
    ['an RTCP sender report', withByte(1, 200), 'rtcp'],
    ['CSRCs past the end', withByte(0, 0x8f), 'truncated_csrc'],
    [
      'an extension bit without an extension',
      serializeRtpPacket({ ...BASE, payload: new Uint8Array(0) }).map((b, i) => (i === 0 ? 0x90 : b)),
      'truncated_extension',
    ],
    [
      'an extension longer than the packet',
      Uint8Array.of(0x90, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xbe, 0xde, 0, 9, 1, 2, 3, 4),
      'truncated_extension',
    ],
    ['padding of zero bytes', withByte(0, 0xa0).map((b, i, all) => (i === all.length - 1 ? 0 : b)), 'bad_padding'],
    [
      'padding longer than the packet',
      withByte(0, 0xa0).map((b, i, all) => (i === all.length - 1 ? 200 : b)),
      'bad_padding',
    ],
    ['a datagram over the limit', new Uint8Array(1501).fill(0x80), 'too_large'],
  ] as const)('%s', (_name, datagram, code) => {
    expect(parseRtpPacket(datagram)).toEqual({ ok: false, error: code });
  });

  it('takes a packet with an empty payload (a keep-alive)', () => {
    const result = parseRtpPacket(serializeRtpPacket({ ...BASE, payload: new Uint8Array(0) }));
    expect(result.ok && result.value.payload.byteLength).toBe(0);
  });

  it('never throws on random datagrams', () => {
    let seed = 7;
    for (let round = 0; round < 5000; round++) {
      const length = round % 64;
      const datagram = new Uint8Array(length);
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        datagram[i] = i === 0 ? 0x80 | (seed & 0x3f) : seed & 0xff;
      }
      const result = parseRtpPacket(datagram);
      if (result.ok) {
        expect(result.value.payload.byteOffset + result.value.payload.byteLength).toBeLessThanOrEqual(length);
      }
    }
  });
});
