import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatDateTime.js';

describe('formatDateTime', () => {
  it('formatsInTheUiLanguage', () => {
    expect(formatDateTime('2026-12-03T08:05:00.000Z', 'de', 'UTC')).toBe('03.12.2026, 08:05');
    expect(formatDateTime('2026-12-03T08:05:00.000Z', 'en', 'UTC').replace(/\s/g, ' ')).toBe('3 Dec 2026, 08:05');
  });

  it('showsAnUnreadableTimestampAsItIs', () => {
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});
