import { describe, expect, it } from 'vitest';
import { maskPhoneNumber } from './maskPhoneNumber.js';

describe('maskPhoneNumber', () => {
  it('keepsTheCountryCodeAndTheLastTwoDigitsOfAnInternationalNumber', () => {
    expect(maskPhoneNumber('+493012345634')).toBe('+49 … 34');
    expect(maskPhoneNumber('00493012345634')).toBe('+49 … 34');
    expect(maskPhoneNumber('+12025550187')).toBe('+1 … 87');
    expect(maskPhoneNumber('+35312345678')).toBe('+353 … 78');
  });

  it('keepsOnlyTheLastTwoDigitsOfANationalNumber', () => {
    expect(maskPhoneNumber('03012345634')).toBe('… 34');
  });

  it('showsNothingOfAShortOrMissingNumber', () => {
    expect(maskPhoneNumber('4711')).toBe('…');
    expect(maskPhoneNumber(null)).toBe('…');
  });

  it('neverShowsMoreThanFiveDigitsOfAnyNumber', () => {
    for (const n of ['+493012345634', '+4915112345678', '0049891234567', '0891234567']) {
      expect(maskPhoneNumber(n).replace(/[^0-9]/g, '').length).toBeLessThanOrEqual(5);
    }
  });
});
