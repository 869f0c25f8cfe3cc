import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap, with ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 10, 100].map((n) => backoffDelay(n, 200, 5_000, mid))).toEqual([
      200, 400, 800, 1600, 5000, 5000,
    ]);
    expect(backoffDelay(0, 200, 5_000, () => 0)).toBe(160);
    expect(backoffDelay(0, 200, 5_000, () => 1)).toBe(240);
  });
});
