import { describe, expect, it } from 'vitest';
import { formatFileSize } from './formatFileSize.js';

describe('formatFileSize', () => {
  it('saysBytesKilobytesOrMegabytesInTheUisLanguage', () => {
    expect(formatFileSize(0, 'en')).toBe('0 bytes');
    expect(formatFileSize(999, 'en')).toBe('999 bytes');
    expect(formatFileSize(1000, 'en')).toBe('1 kB');
    expect(formatFileSize(12_345, 'en')).toBe('12.3 kB');
    expect(formatFileSize(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatFileSize(12_345, 'de')).toBe('12,3 kB');
    expect(formatFileSize(512, 'de')).toBe('512 Byte');
  });
});
