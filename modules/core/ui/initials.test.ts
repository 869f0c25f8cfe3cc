import { describe, expect, it } from 'vitest';
import { initials } from './initials.js';

describe('initials', () => {
  it('takesFirstAndLastWord', () => {
    expect(initials('Anna Maria Schmidt')).toBe('AS');
    expect(initials('  bob ')).toBe('B');
    expect(initials('Ölaf Ünal')).toBe('ÖÜ');
    expect(initials('')).toBe('?');
    expect(initials('😀 Smile')).toBe('😀S');
  });
});
