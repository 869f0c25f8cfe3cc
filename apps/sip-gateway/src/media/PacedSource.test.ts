import { describe, expect, it } from 'vitest';
import { fakeMediaClock } from './fakeMediaClock.js';
import { PacedSource } from './PacedSource.js';

function recorder() {
  const clock = fakeMediaClock();
  const frames: { at: number; pcm: Int16Array | null }[] = [];
  const source = new PacedSource(clock, (pcm) =>
    frames.push({ at: clock.now(), pcm: pcm === null ? null : pcm.slice() }),
  );
  return { clock, frames, source };
}

const prompt = (frames: number) => Int16Array.from({ length: frames * 160 }, (_, i) => Math.floor(i / 160) + 1);

describe('PacedSource', () => {
  it('plays a prompt one 20 ms frame at a time, the first at once, and then says finished', async () => {
    const { clock, frames, source } = recorder();
    const done = source.play(prompt(3), false);
    clock.fake.advance(100);
    await expect(done).resolves.toBe('finished');
    expect(frames.map((f) => f.at)).toEqual([0, 20, 40]);
    expect(frames.map((f) => f.pcm?.[0])).toEqual([1, 2, 3]);
    expect(clock.fake.pending).toBe(0);
  });

  it('pads a short last frame with silence', async () => {
    const { clock, frames, source } = recorder();
    const done = source.play(new Int16Array(200).fill(7), false);
    clock.fake.advance(40);
    await done;
    expect(frames[1]?.pcm?.slice(38, 42)).toEqual(Int16Array.from([7, 7, 0, 0]));
  });

  it('loops until stopped, and a new prompt stops the old one', async () => {
    const { clock, frames, source } = recorder();
    const first = source.play(prompt(2), true);
    clock.fake.advance(100);
    expect(frames.map((f) => f.pcm?.[0])).toEqual([1, 2, 1, 2, 1, 2]);
    const second = source.play(prompt(1), false);
    await expect(first).resolves.toBe('stopped');
    clock.fake.advance(100);
    await expect(second).resolves.toBe('finished');
  });

  it('sends silence between prompts when asked to, on one 20 ms grid', () => {
    const { clock, frames, source } = recorder();
    source.setSilence(true);
    clock.fake.advance(30);
    void source.play(prompt(1), false);
    clock.fake.advance(50);
    expect(frames.map((f) => [f.at, f.pcm === null ? 'silence' : 'prompt'])).toEqual([
      [0, 'silence'],
      [20, 'silence'],
      [40, 'prompt'],
      [60, 'silence'],
      [80, 'silence'],
    ]);
    source.setSilence(false);
    expect(clock.fake.pending).toBe(0);
  });

  it('close stops the prompt and the timer', async () => {
    const { clock, source } = recorder();
    const playing = source.play(prompt(10), false);
    source.close();
    await expect(playing).resolves.toBe('stopped');
    expect(clock.fake.pending).toBe(0);
  });
});
