import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './AttemptLimiter.js';

describe('AttemptLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new AttemptLimiter({ windowMs: 60_000, maxKeys: 3 }, () => now);
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it('throttlesAKeyAtItsLimitUntilTheWindowEnds', () => {
    const { limiter, advance } = setup();
    const keys = [{ key: 'client:a', limit: 3 }];
    for (let i = 0; i < 3; i++) {
      expect(limiter.check(keys)).toBeUndefined();
      limiter.fail(['client:a']);
    }
    expect(limiter.check(keys)).toEqual({ retryAfterSeconds: 60 });
    advance(59_500);
    expect(limiter.check(keys)).toEqual({ retryAfterSeconds: 1 });
    advance(500);
    expect(limiter.check(keys)).toBeUndefined();
  });

  it('throttlesWhenAnyOfSeveralKeysIsUsedUp', () => {
    const { limiter } = setup();
    limiter.fail(['client:a', 'room:r']);
    limiter.fail(['client:b', 'room:r']);
    expect(
      limiter.check([
        { key: 'client:c', limit: 5 },
        { key: 'room:r', limit: 2 },
      ]),
    ).toBeDefined();
    expect(
      limiter.check([
        { key: 'client:a', limit: 5 },
        { key: 'room:s', limit: 2 },
      ]),
    ).toBeUndefined();
  });

  it('keepsAtMostMaxKeysForgettingTheOldest', () => {
    const { limiter } = setup();
    for (const k of ['a', 'b', 'c', 'd']) limiter.fail([k]);
    expect(limiter.check([{ key: 'a', limit: 1 }])).toBeUndefined();
    expect(limiter.check([{ key: 'd', limit: 1 }])).toBeDefined();
  });
});
