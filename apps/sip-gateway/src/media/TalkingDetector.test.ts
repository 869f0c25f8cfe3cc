import { describe, expect, it } from 'vitest';
import { encodeG711 } from '../rtp/g711.js';
import { g711FrameDbfs, TalkingDetector } from './TalkingDetector.js';

const SPEECH = -25;
const BETWEEN = -45;
const QUIET = -70;

function feed(detector: TalkingDetector, levels: readonly number[]): (boolean | null)[] {
  return levels.map((level) => detector.update(level));
}

describe('TalkingDetector', () => {
  it('starts talking only after three loud frames in a row (a click does not count)', () => {
    const detector = new TalkingDetector();
    expect(feed(detector, [SPEECH, QUIET, SPEECH, SPEECH])).toEqual([null, null, null, null]);
    expect(detector.update(SPEECH)).toBe(true);
    expect(detector.talking).toBe(true);
  });

  it('keeps talking through short pauses and levels between the thresholds, stops after 40 quiet frames', () => {
    const detector = new TalkingDetector();
    feed(detector, [SPEECH, SPEECH, SPEECH]);
    expect(feed(detector, Array(39).fill(QUIET)).every((c) => c === null)).toBe(true);
    expect(detector.update(SPEECH)).toBeNull();
    expect(feed(detector, Array(100).fill(BETWEEN)).every((c) => c === null)).toBe(true);
    expect(feed(detector, Array(40).fill(QUIET)).at(-1)).toBe(false);
  });

  it('does not start on levels between the thresholds (hysteresis)', () => {
    const detector = new TalkingDetector();
    expect(feed(detector, Array(50).fill(BETWEEN)).every((c) => c === null)).toBe(true);
  });

  it('reset reports the end of talking once', () => {
    const detector = new TalkingDetector();
    feed(detector, [SPEECH, SPEECH, SPEECH]);
    expect(detector.reset()).toBe(false);
    expect(detector.reset()).toBeNull();
  });
});

describe('g711FrameDbfs', () => {
  it('measures a full-scale-ish tone near its RMS and G.711 idle codes far below the silence threshold', () => {
    const tone = Int16Array.from({ length: 160 }, (_, i) =>
      Math.round(16384 * Math.sin((2 * Math.PI * 440 * i) / 8000)),
    );
    expect(g711FrameDbfs(encodeG711(tone, 'PCMA'), 'PCMA')).toBeCloseTo(-9, 0);
    expect(g711FrameDbfs(new Uint8Array(160).fill(0xff), 'PCMU')).toBe(Number.NEGATIVE_INFINITY);
    expect(g711FrameDbfs(new Uint8Array(160).fill(0xd5), 'PCMA')).toBeLessThan(-60);
  });
});
