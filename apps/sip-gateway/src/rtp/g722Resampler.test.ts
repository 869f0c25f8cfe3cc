import { describe, expect, it } from 'vitest';
import { Downsampler16To8, HALF_BAND_DELAY_16K, Upsampler8To16 } from './g722Resampler.js';
import { decibels, firstDifference, testSignal, tone, toneAmplitude } from './g722TestAudio.js';

const WIDE = 16000;
const NARROW = 8000;

function down(pcm16k: Int16Array): Int16Array {
  return new Downsampler16To8().process(pcm16k);
}

function up(pcm8k: Int16Array): Int16Array {
  return new Upsampler8To16().process(pcm8k);
}

describe('16 kHz → 8 kHz', () => {
  it.each([300, 1000, 3000, 3400])('passes %i Hz at its level (within 0.05 dB)', (frequency) => {
    const output = down(tone(WIDE, frequency, WIDE, 10000));
    expect(Math.abs(decibels(toneAmplitude(output, frequency, NARROW, 100) / 10000))).toBeLessThan(0.05);
  });

  it.each([4600, 5000, 6000, 7500])(
    'removes %i Hz instead of folding it into the telephone band (60 dB down)',
    (frequency) => {
      const output = down(tone(WIDE, frequency, WIDE, 10000));
      const folded = NARROW - frequency;
      expect(decibels(toneAmplitude(output, folded, NARROW, 100) / 10000)).toBeLessThan(-60);
    },
  );

  it('delays by 31 samples at 16 kHz: an impulse at 16 kHz sample 2k comes out at 8 kHz sample k + 15 only', () => {
    // Seen from an even input sample only the centre tap (1/2) is non-zero: a half-band filter's other taps on
    // that phase are exactly zero.
    const impulse = new Int16Array(256);
    impulse[2 * 40] = 20000;
    const output = down(impulse);
    expect(HALF_BAND_DELAY_16K).toBe(31);
    expect([...output.entries()].filter(([, sample]) => sample !== 0)).toEqual([[40 + 15, 10000]]);
  });

  it('passes DC unchanged', () => {
    const output = down(new Int16Array(400).fill(-12345));
    expect(new Set(output.subarray(40))).toEqual(new Set([-12345]));
  });

  it('gives frame by frame exactly what it gives at once, and writes into the caller’s buffer', () => {
    const signal = testSignal(WIDE);
    const resampler = new Downsampler16To8();
    const frame = new Int16Array(160);
    const samples: number[] = [];
    for (let i = 0; i < signal.length; i += 320) {
      expect(resampler.process(signal.subarray(i, i + 320), frame)).toBe(frame);
      samples.push(...frame);
    }
    expect(firstDifference(samples, down(signal))).toBe(-1);
    expect(() => resampler.process(new Int16Array(3))).toThrow(RangeError);
  });
});

describe('8 kHz → 16 kHz', () => {
  it.each([300, 1000, 3000, 3400])(
    'keeps %i Hz at its level and leaves no image at 8 kHz − f (60 dB down)',
    (frequency) => {
      const output = up(tone(NARROW, frequency, NARROW, 10000));
      expect(Math.abs(decibels(toneAmplitude(output, frequency, WIDE, 200) / 10000))).toBeLessThan(0.05);
      expect(decibels(toneAmplitude(output, NARROW - frequency, WIDE, 200) / 10000)).toBeLessThan(-60);
    },
  );

  it('passes DC unchanged in both output phases', () => {
    const output = up(new Int16Array(200).fill(20000));
    expect(new Set(output.subarray(80))).toEqual(new Set([20000]));
  });

  it('gives frame by frame exactly what it gives at once, and writes into the caller’s buffer', () => {
    const signal = down(testSignal(WIDE));
    const resampler = new Upsampler8To16();
    const frame = new Int16Array(320);
    const samples: number[] = [];
    for (let i = 0; i < signal.length; i += 160) {
      expect(resampler.process(signal.subarray(i, i + 160), frame)).toBe(frame);
      samples.push(...frame);
    }
    expect(firstDifference(samples, up(signal))).toBe(-1);
  });
});
