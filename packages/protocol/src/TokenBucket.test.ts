import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.js';

describe('TokenBucket', () => {
  it('allowsABurstThenRefusesUntilTimeRefills', () => {
    const bucket = new TokenBucket(30, 100, 0);
    const taken = Array.from({ length: 40 }, () => bucket.take(0)).filter((wait) => wait === 0).length;
    expect(taken).toBe(30);
    expect(bucket.take(50)).toBe(50);
    expect(bucket.take(100)).toBe(0);
    expect(bucket.take(100)).toBe(100);
  });

  it('neverHoldsMoreThanTheBurst', () => {
    const bucket = new TokenBucket(5, 100, 0);
    const taken = Array.from({ length: 20 }, () => bucket.take(60_000)).filter((wait) => wait === 0).length;
    expect(taken).toBe(5);
    expect(bucket.isFull(60_000)).toBe(false);
    expect(bucket.isFull(60_500)).toBe(true);
  });

  it('sustainsTheRateIndefinitely', () => {
    const bucket = new TokenBucket(1, 100, 0);
    let accepted = 0;
    for (let t = 0; t < 10_000; t += 100) if (bucket.take(t) === 0) accepted++;
    expect(accepted).toBe(100);
  });

  it('saysHowLongToWaitWithoutTakingAnything', () => {
    const bucket = new TokenBucket(1, 2000, 0);
    expect(bucket.take(0)).toBe(0);
    expect(bucket.waitMs(500)).toBe(1500);
    expect(bucket.waitMs(500)).toBe(1500);
    expect(bucket.take(2000)).toBe(0);
  });

  it('aClockGoingBackwardsNeitherAddsNorLosesTokens', () => {
    const bucket = new TokenBucket(1, 1000, 5000);
    expect(bucket.take(5000)).toBe(0);
    expect(bucket.take(4000)).toBe(1000);
    expect(bucket.take(6000)).toBe(0);
  });
});
