// @vitest-environment happy-dom
import { domRoot } from '@plenum/client-kit/ui/dom-testing';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useRetryableLoad } from './useRetryableLoad.js';

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
  const at = domRoot();
  const render = (k: string) => at.renderAsync(<Probe load={load} log={log} keyOf={k} out={out} />);
  await render(keyOf);
  return { log, retry: () => act(async () => out.retry?.()), render, unmount: at.unmount };
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
    const { log, unmount } = await mount(load);
    unmount();
    await act(async () => pending[0]?.resolve('late'));
    expect(log).toEqual(['started']);
  });
});
