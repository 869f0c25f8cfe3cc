import { describe, expect, it } from 'vitest';
import { toneAmplitude, ulawDecode, ulawEncode } from './testAudio.js';

/** The instruments of the mixer's media test must measure right, or its assertions mean nothing. */
describe('test audio instruments', () => {
  it('μ-law keeps silence silent and round-trips samples within its quantisation step', () => {
    expect(ulawEncode(0)).toBe(0xff);
    expect(ulawDecode(0xff)).toBe(0);
    for (const sample of [-32000, -8000, -100, 1, 50, 1000, 8000, 32000]) {
      const decoded = ulawDecode(ulawEncode(sample));
      expect(Math.abs(decoded - sample)).toBeLessThanOrEqual(Math.max(8, Math.abs(sample) / 16));
      if (Math.abs(sample) >= 16) expect(Math.sign(decoded)).toBe(Math.sign(sample));
    }
  });

  it('measures a tone at its amplitude and ignores other frequencies', () => {
    const samples = Array.from({ length: 160 }, (_, i) => 8000 * Math.sin((2 * Math.PI * 1000 * i) / 8000));
    expect(toneAmplitude(samples, 1000, 8000)).toBeCloseTo(8000, -2);
    expect(toneAmplitude(samples, 600, 8000)).toBeLessThan(100);
    const coded = samples.map((s) => ulawDecode(ulawEncode(s)));
    expect(toneAmplitude(coded, 1000, 8000)).toBeGreaterThan(7500);
  });
});
