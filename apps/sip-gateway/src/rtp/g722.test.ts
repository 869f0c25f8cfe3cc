import { describe, expect, it } from 'vitest';
import { audioLevel, isSilent } from './audioLevel.js';
import { G722Decoder } from './g722Decoder.js';
import { G722Encoder } from './g722Encoder.js';
import {
  alignedSnr,
  decibels,
  ffmpegDecodeG722,
  ffmpegEncodeG722,
  firstDifference,
  mix,
  testSignal,
  tone,
  toneAmplitude,
} from './g722TestAudio.js';

const SECOND = 16000;
/** Analysis and synthesis QMF together delay by 22 samples at 16 kHz. */
const CODEC_DELAY = 22;
const FRAME = 320;

function encode(pcm: Int16Array): Uint8Array {
  return new G722Encoder().encode(pcm);
}

function decode(payload: Uint8Array): Int16Array {
  return new G722Decoder().decode(payload);
}

function randomOctets(length: number): Uint8Array {
  let seed = 7;
  return Uint8Array.from({ length }, () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed >>> 24;
  });
}

describe('G.722 agrees bit for bit with ffmpeg (and so with the ITU-T reference)', () => {
  const signal = testSignal(4 * SECOND);

  it('encodes a chirp with noise, silence and clipping to the very octets ffmpeg’s encoder gives', () => {
    expect(firstDifference(encode(signal), ffmpegEncodeG722(signal))).toBe(-1);
  });

  it('decodes ffmpeg’s encoding of it to the very samples ffmpeg’s decoder gives', () => {
    const payload = ffmpegEncodeG722(signal);
    expect(firstDifference(decode(payload), ffmpegDecodeG722(payload))).toBe(-1);
  });

  it('decodes arbitrary octets (every code, states no encoder would reach) as ffmpeg does', () => {
    const payload = randomOctets(2 * SECOND);
    expect(firstDifference(decode(payload), ffmpegDecodeG722(payload))).toBe(-1);
  });
});

describe('G.722 keeps wideband audio', () => {
  const wideband = mix(tone(SECOND, 1000, SECOND, 8000), tone(SECOND, 5300, SECOND, 3000));

  it('gives back a 1 kHz + 5.3 kHz signal through our encoder and ffmpeg’s decoder (SNR > 20 dB)', () => {
    const { snrDb, delay } = alignedSnr(wideband, ffmpegDecodeG722(encode(wideband)), 40, 800);
    expect(delay).toBe(CODEC_DELAY);
    expect(snrDb).toBeGreaterThan(20);
  });

  it('gives back the same signal through ffmpeg’s encoder and our decoder (SNR > 20 dB)', () => {
    const { snrDb, delay } = alignedSnr(wideband, decode(ffmpegEncodeG722(wideband)), 40, 800);
    expect(delay).toBe(CODEC_DELAY);
    expect(snrDb).toBeGreaterThan(20);
  });

  it.each([
    [1000, 0.2],
    [6000, 0.5],
  ])('keeps the level of a %i Hz tone within %f dB', (frequency, tolerance) => {
    const input = tone(SECOND, frequency, SECOND, 10000);
    const output = decode(encode(input));
    const gain = toneAmplitude(output, frequency, SECOND, 800) / toneAmplitude(input, frequency, SECOND, 800);
    expect(Math.abs(decibels(gain))).toBeLessThan(tolerance);
  });

  it('keeps silence silent: digital silence comes back within a few units (an ADPCM idles, it never rests)', () => {
    const output = decode(encode(new Int16Array(4 * SECOND)));
    const level = audioLevel(output);
    expect(level.peak).toBeLessThanOrEqual(8);
    expect(level.dbfs).toBeLessThan(-70);
    expect(isSilent(level)).toBe(true);
  });
});

describe('G.722 state runs on across frames', () => {
  const signal = testSignal(SECOND);

  it('encodes 20 ms frames to exactly the octets of the whole stream at once', () => {
    const encoder = new G722Encoder();
    const frames: number[] = [];
    for (let i = 0; i < signal.length; i += FRAME) frames.push(...encoder.encode(signal.subarray(i, i + FRAME)));
    expect(firstDifference(frames, encode(signal))).toBe(-1);
  });

  it('decodes 20 ms frames to exactly the samples of the whole stream at once', () => {
    const payload = encode(signal);
    const decoder = new G722Decoder();
    const samples: number[] = [];
    for (let i = 0; i < payload.length; i += FRAME / 2)
      samples.push(...decoder.decode(payload.subarray(i, i + FRAME / 2)));
    expect(firstDifference(samples, decode(payload))).toBe(-1);
  });

  it('writes into the caller’s buffer and returns it, so a stream needs no allocation per frame', () => {
    const octets = new Uint8Array(FRAME / 2);
    const samples = new Int16Array(FRAME);
    expect(new G722Encoder().encode(signal.subarray(0, FRAME), octets)).toBe(octets);
    expect(new G722Decoder().decode(octets, samples)).toBe(samples);
    expect(new G722Encoder().encode(signal.subarray(0, FRAME), new Uint8Array(FRAME))).toHaveLength(FRAME / 2);
  });

  it('refuses an odd number of samples and a buffer too small', () => {
    expect(() => new G722Encoder().encode(new Int16Array(3))).toThrow(RangeError);
    expect(() => new G722Encoder().encode(new Int16Array(4), new Uint8Array(1))).toThrow(RangeError);
    expect(() => new G722Decoder().decode(new Uint8Array(2), new Int16Array(3))).toThrow(RangeError);
  });
});
