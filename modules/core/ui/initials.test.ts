import { describe, expect, it } from 'vitest';
import { initials } from './initials.js';

describe('initials', () => {
  it('takesFirstAndLastWord', () => {
    expect(initials('Anna Maria Schmidt')).toBe('AS');
    expect(initials('  bob ')).toBe('B');
    expect(initials('Ölaf Ünal')).toBe('ÖÜ');
    expect(initials('')).toBe('?');
  });

  it('usesLettersOnly', () => {
    expect(initials('Clara Schmidt (Bürgerin)')).toBe('CS');
    expect(initials('Bernd (Ben Tablet)')).toBe('B');
    expect(initials('😀 Smile')).toBe('S');
    expect(initials('"Ben" - Bürger')).toBe('BB');
    expect(initials('…')).toBe('?');
  });

  it('takesLettersInBracketsWhenThereAreNoOthers', () => {
    expect(initials('(Gast Nummer 2)')).toBe('G2');
    expect(initials('[Ratssaal]')).toBe('R');
  });

  it('keepsTheMarksOfALetter', () => {
    // "Ölaf" with the diaeresis as a combining mark (NFD).
    expect(initials('O\u0308laf')).toBe('O\u0308');
    expect(initials('Łukasz Żak')).toBe('ŁŻ');
  });
});
