import { describe, expect, it } from 'vitest';
import { formatTimeLeft } from './formatTimeLeft.js';

describe('formatTimeLeft', () => {
  it('showsMinutesAndSecondsRoundedUp', () => {
    expect(formatTimeLeft(65_000)).toBe('1:05');
    expect(formatTimeLeft(59_001)).toBe('1:00');
    expect(formatTimeLeft(600_000)).toBe('10:00');
    expect(formatTimeLeft(1)).toBe('0:01');
    expect(formatTimeLeft(0)).toBe('0:00');
    expect(formatTimeLeft(-5)).toBe('0:00');
  });
});
