import { describe, expect, it } from 'vitest';
import { formatTelephoneEventList, parseTelephoneEventList } from './telephoneEventList.js';

describe('telephone-event lists', () => {
  it('reads ranges and single events, sorted without duplicates', () => {
    expect(parseTelephoneEventList('0-15')).toHaveLength(16);
    expect(parseTelephoneEventList('0-11,16')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16]);
    expect(parseTelephoneEventList('5, 1,2-3,2')).toEqual([1, 2, 3, 5]);
  });

  it('refuses what is not a list', () => {
    for (const text of ['', '0-', '15-0', '0-256', 'a', '1;2', '1,,2', '0-15'.repeat(100)]) {
      expect(parseTelephoneEventList(text)).toBeUndefined();
    }
  });

  it('writes compact ranges', () => {
    expect(formatTelephoneEventList([0, 1, 2, 3, 11])).toBe('0-3,11');
    expect(formatTelephoneEventList([16, 0, 1, 15, 14, 1])).toBe('0-1,14-16');
    expect(formatTelephoneEventList([7])).toBe('7');
  });
});
