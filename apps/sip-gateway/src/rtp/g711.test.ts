import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeG711, encodeG711, type G711Law, g711Silence } from './g711.js';

const ALL_CODES = Uint8Array.from({ length: 256 }, (_, i) => i);
const RAMP = Int16Array.from({ length: 65536 }, (_, i) => i - 32768);

function sha256(samples: Int16Array): string {
  const bytes = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, i) => {
    bytes.writeInt16LE(sample, i * 2);
  });
  return createHash('sha256').update(bytes).digest('hex');
}

describe('G.711 decoding', () => {
  it('decodes the end points of both laws', () => {
    expect([...decodeG711(Uint8Array.of(0x00, 0x80, 0xff, 0x7f), 'PCMU')]).toEqual([-32124, 32124, 0, 0]);
    expect([...decodeG711(Uint8Array.of(0xd5, 0x55, 0xaa, 0x2a), 'PCMA')]).toEqual([8, -8, 32256, -32256]);
  });

  it('agrees with ffmpeg 5.1’s pcm_mulaw and pcm_alaw decoders for all 256 codes', () => {
    // Hashes of ffmpeg's output for the bytes 0..255 as s16le (computed once on Debian 12).
    expect(sha256(decodeG711(ALL_CODES, 'PCMU'))).toBe(
      '3dab54339e520bb2c924826e3b72a917a2b612e9fd12fc867500f1d983a75827',
    );
    expect(sha256(decodeG711(ALL_CODES, 'PCMA'))).toBe(
      'e04788d110e58ff8c70c93b8480190d973e3b67876b6119abbaec766cc75c174',
    );
  });
});

describe('G.711 encoding', () => {
  it('encodes zero as the idle code and clips at full scale', () => {
    expect([...encodeG711(Int16Array.of(0, 32767, -32768), 'PCMU')]).toEqual([0xff, 0x80, 0x00]);
    expect([...encodeG711(Int16Array.of(0, 32767, -32768), 'PCMA')]).toEqual([0xd5, 0xaa, 0x2a]);
    expect(g711Silence('PCMU')).toBe(0xff);
    expect(g711Silence('PCMA')).toBe(0xd5);
  });

  it.each(['PCMU', 'PCMA'] as const)('%s gives back every code it decodes (except μ-law’s negative zero)', (law) => {
    const again = encodeG711(decodeG711(ALL_CODES, law), law);
    const differing = [...ALL_CODES].filter((code) => again[code] !== code);
    expect(differing).toEqual(law === 'PCMU' ? [0x7f] : []);
  });

  it.each([
    ['PCMU', 644],
    ['PCMA', 512],
  ] as const)(
    '%s stays within half a step of the largest segment and never reorders samples',
    (law: G711Law, bound) => {
      const decoded = decodeG711(encodeG711(RAMP, law), law);
      let worst = 0;
      for (let i = 0; i < RAMP.length; i++) {
        worst = Math.max(worst, Math.abs((decoded[i] as number) - (RAMP[i] as number)));
        if (i > 0) expect(decoded[i] as number).toBeGreaterThanOrEqual(decoded[i - 1] as number);
      }
      expect(worst).toBe(bound);
    },
  );

  it.each(['PCMU', 'PCMA'] as const)('%s keeps small signals within a few units', (law) => {
    const small = Int16Array.of(-100, -20, 20, 100);
    const decoded = decodeG711(encodeG711(small, law), law);
    small.forEach((sample, i) => {
      expect(Math.abs((decoded[i] as number) - sample)).toBeLessThanOrEqual(8);
    });
  });
});
