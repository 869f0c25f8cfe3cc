import { describe, expect, it } from 'vitest';
import { audioLevel, g711Level, isSilent } from './audioLevel.js';
import { BARESIP_DTMF_CAPTURE } from './fixtures/baresipDtmfCapture.js';
import { encodeG711, g711Silence } from './g711.js';
import { parseRtpPacket } from './rtpPacket.js';

function sine(frequency: number, amplitude: number, samples = 160, rate = 8000): Int16Array {
  return Int16Array.from({ length: samples }, (_, i) =>
    Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / rate)),
  );
}

describe('audioLevel', () => {
  it('measures a full-scale sine at about −3 dBFS', () => {
    const level = audioLevel(sine(1000, 32767));
    expect(level.peak).toBeGreaterThan(32000);
    expect(level.dbfs).toBeCloseTo(-3.01, 1);
  });

  it('gives −Infinity for an empty or all-zero frame', () => {
    expect(audioLevel(new Int16Array(0)).dbfs).toBe(Number.NEGATIVE_INFINITY);
    expect(audioLevel(new Int16Array(160)).rms).toBe(0);
  });

  it('tells G.711 silence from a tone', () => {
    for (const law of ['PCMU', 'PCMA'] as const) {
      const idle = new Uint8Array(160).fill(g711Silence(law));
      expect(isSilent(g711Level(idle, law))).toBe(true);
      expect(isSilent(g711Level(encodeG711(sine(440, 3000), law), law))).toBe(false);
      expect(isSilent(g711Level(encodeG711(sine(440, 10), law), law))).toBe(true);
    }
  });

  it('hears baresip’s tone in every audio packet of the capture', () => {
    for (const [, text] of BARESIP_DTMF_CAPTURE) {
      const packet = parseRtpPacket(Uint8Array.from(Buffer.from(text, 'hex')));
      if (!packet.ok || packet.value.payloadType !== 8) continue;
      const level = g711Level(packet.value.payload, 'PCMA');
      expect(isSilent(level)).toBe(false);
      expect(level.dbfs).toBeGreaterThan(-30);
    }
  });
});
