import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.js';

describe('TokenBucket', () => {
  it('allowsABurstThenRefusesUntilTimeRefills', () => {
    const bucket = new TokenBucket(10, 30, 0);
    const taken = Array.from({ length: 40 }, () => bucket.take(0)).filter(Boolean).length;
    expect(taken).toBe(30);
    expect(bucket.take(50)).toBe(false);
    expect(bucket.take(100)).toBe(true);
    expect(bucket.take(100)).toBe(false);
  });

  it('neverHoldsMoreThanTheBurst', () => {
    const bucket = new TokenBucket(10, 5, 0);
    const taken = Array.from({ length: 20 }, () => bucket.take(60_000)).filter(Boolean).length;
    expect(taken).toBe(5);
  });

  it('sustainsTheRateIndefinitely', () => {
    const bucket = new TokenBucket(10, 1, 0);
    let accepted = 0;
    for (let t = 0; t < 10_000; t += 100) if (bucket.take(t)) accepted++;
    expect(accepted).toBe(100);
  });
});
