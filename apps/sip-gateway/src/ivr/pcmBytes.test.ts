import { describe, expect, it } from 'vitest';
import { padToWholeFrames, pcmFromBytes, pcmToBytes } from './pcmBytes.js';

describe('PCM bytes', () => {
  it('reads and writes signed 16-bit little-endian, whatever the machine', () => {
    const bytes = pcmToBytes(Int16Array.from([1, -1, 32767, -32768]));
    expect([...bytes]).toEqual([0x01, 0x00, 0xff, 0xff, 0xff, 0x7f, 0x00, 0x80]);
    expect([...pcmFromBytes(bytes)]).toEqual([1, -1, 32767, -32768]);
  });

  it('reads from a view into a larger buffer', () => {
    const buffer = Uint8Array.from([9, 0x02, 0x00, 9]);
    expect([...pcmFromBytes(buffer.subarray(1, 3))]).toEqual([2]);
  });

  it('pads with silence to whole 20 ms frames of 160 samples, and leaves whole frames alone', () => {
    const padded = padToWholeFrames(Int16Array.from({ length: 161 }, () => 5));
    expect(padded.length).toBe(320);
    expect(padded[160]).toBe(5);
    expect(padded[161]).toBe(0);
    const whole = new Int16Array(320);
    expect(padToWholeFrames(whole)).toBe(whole);
  });
});
