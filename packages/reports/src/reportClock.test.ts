import { describe, expect, it } from 'vitest';
import { reportClock } from './reportClock.js';

const at = Date.UTC(2026, 10, 26, 16, 28, 9);

describe('reportClock', () => {
  it('printsDayTimeAndDateTimeInTheReportsLanguageAndZone', () => {
    const de = reportClock('de');
    expect(de.day(at)).toBe('26.11.2026');
    expect(de.time(at)).toBe('17:28 MEZ');
    expect(de.dateTime(new Date(at).toISOString())).toBe('26.11.2026, 17:28 MEZ');
    expect(de.dateTime(at, { seconds: true })).toBe('26.11.2026, 17:28:09 MEZ');
    expect(reportClock('en', 'UTC').time(at)).toBe('16:28 UTC');
  });
});
