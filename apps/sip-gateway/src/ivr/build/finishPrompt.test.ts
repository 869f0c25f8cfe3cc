import { describe, expect, it } from 'vitest';
import { audioLevel } from '../../rtp/audioLevel.js';
import { finishPrompt } from './finishPrompt.js';

function tone(length: number, amplitude: number): Int16Array {
  return Int16Array.from({ length }, (_, i) => Math.round(amplitude * Math.sin((2 * Math.PI * 440 * i) / 8000)));
}

describe('finishPrompt', () => {
  it('raises a quiet prompt to a peak of -3 dBFS, and lowers a loud one', () => {
    for (const amplitude of [500, 32000]) {
      const peak = audioLevel(finishPrompt(tone(8000, amplitude), { peakDbfs: -3, leadSilenceMs: 0 })).peak;
      expect(20 * Math.log10(peak / 32767)).toBeCloseTo(-3, 1);
    }
  });

  it('puts exactly the lead silence in front, and pads the end to whole 20 ms frames', () => {
    const finished = finishPrompt(tone(1000, 1000), { peakDbfs: -3, leadSilenceMs: 150 });
    expect(finished.subarray(0, 1200).every((sample) => sample === 0)).toBe(true);
    expect(finished[1202]).not.toBe(0);
    expect(finished.length).toBe(2240);
  });

  it('leaves silence silent instead of dividing by zero', () => {
    const finished = finishPrompt(new Int16Array(160), { peakDbfs: -3, leadSilenceMs: 0 });
    expect([...finished].every((sample) => sample === 0)).toBe(true);
  });
});
