// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useRetryableLoad } from './useRetryableLoad.js';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** A load whose answers the test gives, one per call, in order. */
function controlledLoad() {
  const pending: { resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
  return { load, pending };
}

function Probe(props: { load: () => Promise<string>; log: string[]; keyOf: string; out: { retry?: () => void } }) {
  props.out.retry = useRetryableLoad(
    props.load,
    {
      started: () => props.log.push('started'),
      loaded: (v) => props.log.push(`loaded ${v}`),
      failed: (e) => props.log.push(`failed ${String(e)}`),
    },
    props.keyOf,
  );
  return null;
}

async function mount(load: () => Promise<string>, keyOf = 'room-1') {
  const log: string[] = [];
  const out: { retry?: () => void } = {};
  root = createRoot(document.createElement('div'));
  const render = (k: string) => act(async () => root?.render(<Probe load={load} log={log} keyOf={k} out={out} />));
  await render(keyOf);
  return { log, retry: () => act(async () => out.retry?.()), render };
}

describe('useRetryableLoad', () => {
  it('loadsOnceOnMountAndAgainOnRetryAfterAFailure', async () => {
    const { load, pending } = controlledLoad();
    const { log, retry } = await mount(load);
    await act(async () => pending[0]?.reject('offline'));
    await retry();
    await act(async () => pending[1]?.resolve('agenda'));
    expect(log).toEqual(['started', 'failed offline', 'started', 'loaded agenda']);
  });

  it('dropsTheAnswerOfAnOvertakenAttempt', async () => {
    const { load, pending } = controlledLoad();
    const { log, render } = await mount(load);
    await render('room-2');
    await act(async () => pending[0]?.resolve('old room'));
    await act(async () => pending[1]?.resolve('new room'));
    expect(log).toEqual(['started', 'started', 'loaded new room']);
  });

  it('dropsTheAnswerAfterUnmount', async () => {
    const { load, pending } = controlledLoad();
    const { log } = await mount(load);
    act(() => root?.unmount());
    root = null;
    await act(async () => pending[0]?.resolve('late'));
    expect(log).toEqual(['started']);
  });
});
