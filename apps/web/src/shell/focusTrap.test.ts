import { describe, expect, it } from 'vitest';
import { nextFocusIndex } from './focusTrap.js';

describe('nextFocusIndex', () => {
  it('wrapsFromTheLastToTheFirstAndBack', () => {
    expect(nextFocusIndex(2, 3, false)).toBe(0);
    expect(nextFocusIndex(0, 3, true)).toBe(2);
    expect(nextFocusIndex(1, 3, false)).toBe(2);
    expect(nextFocusIndex(1, 3, true)).toBe(0);
  });

  it('entersFromOutsideAtTheNearEnd', () => {
    expect(nextFocusIndex(-1, 3, false)).toBe(0);
    expect(nextFocusIndex(-1, 3, true)).toBe(2);
  });

  it('hasNowhereToGoWithoutFocusableElements', () => {
    expect(nextFocusIndex(-1, 0, false)).toBeNull();
  });
});
