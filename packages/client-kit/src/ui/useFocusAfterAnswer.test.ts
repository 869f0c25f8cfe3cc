import { describe, expect, it } from 'vitest';
import { focusFellToPage } from './useFocusAfterAnswer.js';

describe('focusFellToPage', () => {
  it('isTrueOnlyWhenNoControlHasFocus', () => {
    const body = { tagName: 'BODY' } as Element;
    const button = { tagName: 'BUTTON' } as Element;
    expect(focusFellToPage(null, body)).toBe(true);
    expect(focusFellToPage(body, body)).toBe(true);
    expect(focusFellToPage(button, body)).toBe(false);
  });
});
