// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { domRoot } from './domRoot.test-support.js';
import { type Chunk, useChunk } from './useChunk.js';

interface ProbeProps {
  readonly load: () => Promise<string>;
  readonly seen: Chunk<string>[];
  readonly retries: { retry: () => void };
}

/** Uses `useChunk(load, attempt)`, records every result in `seen` and hands out a "Try again". */
function Probe({ load, seen, retries }: ProbeProps) {
  const [attempt, setAttempt] = useState(0);
  retries.retry = () => setAttempt((n) => n + 1);
  seen.push(useChunk(load, attempt));
  return null;
}

/** Renders the probe; returns what it saw last and a way to try again. */
async function mount(load: () => Promise<string>) {
  const seen: Chunk<string>[] = [];
  const retries: ProbeProps['retries'] = { retry: () => undefined };
  await domRoot().renderAsync(<Probe load={load} seen={seen} retries={retries} />);
  return { last: () => seen.at(-1), seen, retry: () => act(async () => retries.retry()) };
}

describe('useChunk', () => {
  it('isLoadingUntilTheImportResolvesThenReady', async () => {
    const probe = await mount(() => Promise.resolve('meeting'));
    expect(probe.seen[0]).toEqual({ state: 'loading' });
    expect(probe.last()).toEqual({ state: 'ready', module: 'meeting' });
  });

  it('saysFailedWhenTheImportFailsAndTriesAgainOnANewAttempt', async () => {
    let calls = 0;
    const probe = await mount(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')));
    expect(probe.last()).toEqual({ state: 'failed' });
    await probe.retry();
    expect(calls).toBe(2);
    expect(probe.last()).toEqual({ state: 'ready', module: 'ok' });
  });

  it('keepsALoadedChunkWhenANewAttemptComes', async () => {
    let calls = 0;
    const probe = await mount(() => (++calls === 1 ? Promise.resolve('first') : new Promise<string>(() => undefined)));
    await probe.retry();
    expect(probe.seen.filter((chunk) => chunk.state === 'loading')).toHaveLength(1);
    expect(probe.last()).toEqual({ state: 'ready', module: 'first' });
  });
});
