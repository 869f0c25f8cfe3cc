import { describe, expect, it } from 'vitest';
import { callerNumberOf } from './callerNumberOf.js';

describe('callerNumberOf', () => {
  it('keepsDigitsWithAnOptionalPlusAndDropsTheUsualSeparators', () => {
    expect(callerNumberOf('+4930123456')).toBe('+4930123456');
    expect(callerNumberOf('030 123-456')).toBe('030123456');
    expect(callerNumberOf('(030) 123.456')).toBe('030123456');
  });

  it('answersNullForAnonymousCallersAndSipNames', () => {
    expect(callerNumberOf(null)).toBeNull();
    expect(callerNumberOf('anonymous')).toBeNull();
    expect(callerNumberOf('alice')).toBeNull();
    expect(callerNumberOf('+49abc')).toBeNull();
    expect(callerNumberOf('1'.repeat(40))).toBeNull();
  });
});
