import { describe, expect, it } from 'vitest';
import { flush } from './fakes.test-support.js';
import { NegotiationQueue } from './NegotiationQueue.js';

describe('NegotiationQueue', () => {
  it('runsOneAtATimeAndCoalescesRequestsMadeMeanwhile', async () => {
    const releases: (() => void)[] = [];
    let runs = 0;
    const queue = new NegotiationQueue(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          releases.push(resolve);
        }),
      () => {},
    );
    void queue.request();
    void queue.request();
    void queue.request();
    expect(runs).toBe(1);
    releases[0]?.();
    await flush();
    expect(runs).toBe(2);
    releases[1]?.();
    await queue.whenIdle();
    expect(runs).toBe(2);
  });

  it('reportsErrorsAndKeepsServing', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const queue = new NegotiationQueue(
      async () => {
        runs++;
        if (runs === 1) throw new Error('boom');
      },
      (e) => errors.push(e),
    );
    await queue.request();
    await queue.request();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
