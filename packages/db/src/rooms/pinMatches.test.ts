import { describe, expect, it } from 'vitest';
import { pinMatches } from './pinMatches.js';

describe('pinMatches', () => {
  it('acceptsOnlyTheSameDigits', () => {
    expect(pinMatches('0123456789', '0123456789')).toBe(true);
    expect(pinMatches('0123456789', '0123456788')).toBe(false);
    expect(pinMatches('0123456789', '1123456789')).toBe(false);
  });

  it('refusesShorterAndLongerInputThatSharesAPrefix', () => {
    expect(pinMatches('0123456789', '012345678')).toBe(false);
    expect(pinMatches('0123456789', '01234567890')).toBe(false);
    expect(pinMatches('0123456789', '')).toBe(false);
    // A shorter input padded with zero bytes must not equal a stored value that ends in zero bytes.
    expect(pinMatches('12\u0000', '12')).toBe(false);
  });
});
