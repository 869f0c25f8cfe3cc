import { describe, expect, it } from 'vitest';
import { fileStamp } from './fileStamp.js';

describe('fileStamp', () => {
  it('namesTheDayAndMinuteInBerlinTimeByDefault', () => {
    expect(fileStamp(Date.UTC(2026, 10, 26, 13, 5, 59))).toBe('2026-11-26-1405');
    expect(fileStamp('2026-07-01T22:30:00Z')).toBe('2026-07-02-0030');
    expect(fileStamp(Date.UTC(2026, 10, 26, 23, 0), 'UTC')).toBe('2026-11-26-2300');
  });
});
