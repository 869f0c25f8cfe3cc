import { describe, expect, it } from 'vitest';
import { FrameReframer } from './FrameReframer.js';

/** Payload bytes counting up from `start`, so frames show which input bytes they hold. */
function bytes(start: number, length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (start + i) & 0xff);
}

function collect(reframer: FrameReframer, packets: readonly [Uint8Array, number][]): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (const [payload, timestamp] of packets) reframer.push(payload, timestamp, (frame) => frames.push(frame.slice()));
  return frames;
}

describe('FrameReframer', () => {
  it('passes 20 ms packets straight through, without copying', () => {
    const reframer = new FrameReframer();
    const payload = bytes(0, 160);
    const seen: Uint8Array[] = [];
    reframer.push(payload, 1000, (frame) => seen.push(frame));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.buffer).toBe(payload.buffer);
  });

  it('cuts 30 ms packets into 160-byte frames, one and two in turn, keeping every byte in order', () => {
    const frames = collect(new FrameReframer(), [
      [bytes(0, 240), 0],
      [bytes(240, 240), 240],
      [bytes(480, 240), 480],
      [bytes(720, 240), 720],
    ]);
    expect(frames.map((f) => f.length)).toEqual([160, 160, 160, 160, 160, 160]);
    expect(Buffer.concat(frames)).toEqual(Buffer.from(bytes(0, 960)));
  });

  it('joins two 10 ms packets into one frame and splits a 40 ms packet into two', () => {
    const reframer = new FrameReframer();
    expect(collect(reframer, [[bytes(0, 80), 0]])).toHaveLength(0);
    expect(reframer.waiting).toBe(80);
    expect(collect(reframer, [[bytes(80, 80), 80]])).toEqual([bytes(0, 160)]);
    expect(collect(reframer, [[bytes(160, 320), 160]])).toEqual([bytes(160, 160), bytes(320, 160)]);
  });

  it('throws away an unfinished frame when the next packet does not continue it (loss)', () => {
    const reframer = new FrameReframer();
    const frames = collect(reframer, [
      [bytes(0, 240), 0],
      [bytes(100, 240), 480], // the packet at 240 was lost
    ]);
    expect(frames).toEqual([bytes(0, 160), bytes(100, 160)]);
    expect(reframer.discarded).toBe(80);
    expect(reframer.waiting).toBe(80);
  });

  it('continues across the 32-bit timestamp wrap', () => {
    const frames = collect(new FrameReframer(), [
      [bytes(0, 240), 0xffffff00],
      [bytes(240, 240), 0xfffffff0],
    ]);
    expect(frames).toHaveLength(3);
  });
});
