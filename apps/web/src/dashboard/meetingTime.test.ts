import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { meetingTime } from './meetingTime.js';

const at = (startedAt: string, endedAt: string | null) => ({ startedAt, endedAt });
/** ICU puts thin and narrow no-break spaces around the dash and before "AM"; compare with plain spaces. */
const plain = (time: ReturnType<typeof meetingTime>) =>
  time.kind === 'ended'
    ? { ...time, range: time.range.replace(/\s/gu, ' ') }
    : { ...time, since: time.since.replace(/\s/gu, ' ') };

describe('meetingTime', () => {
  it('givesTheDateWithStartAndEndTime', () => {
    expect(plain(meetingTime(at('2026-11-26T10:00:00.000Z', '2026-11-26T11:30:00.000Z'), 'de', 'UTC'))).toEqual({
      kind: 'ended',
      range: '26.11.2026, 10:00–11:30 Uhr',
    });
    expect(
      plain(meetingTime(at('2026-11-26T10:00:00.000Z', '2026-11-26T11:30:00.000Z'), 'de', 'Europe/Berlin')),
    ).toEqual({
      kind: 'ended',
      range: '26.11.2026, 11:00–12:30 Uhr',
    });
  });

  it('givesBothDatesWhenTheMeetingWentPastMidnight', () => {
    expect(plain(meetingTime(at('2026-11-26T23:00:00.000Z', '2026-11-27T01:30:00.000Z'), 'de', 'UTC'))).toEqual({
      kind: 'ended',
      range: '26.11.2026, 23:00 – 27.11.2026, 01:30',
    });
  });

  it('saysSinceWhenAMeetingWithoutEndRuns', () => {
    expect(plain(meetingTime(at('2026-11-26T10:00:00.000Z', null), 'en', 'UTC'))).toEqual({
      kind: 'running',
      since: '26 Nov 2026, 10:00',
    });
  });

  it('aRunningMeetingsHeadingSaysTheTimeLikeTheEndedOnes', () => {
    const since = (locale: string) => {
      const time = meetingTime(at('2026-11-26T19:06:00.000Z', null), locale, 'Europe/Berlin');
      return time.kind === 'running' ? time.since : '';
    };
    expect(de.meetings.running(since('de')).replace(/\s/gu, ' ')).toBe('26.11.2026, 20:06 Uhr, läuft noch');
    expect(en.meetings.running(since('en')).replace(/\s/gu, ' ')).toBe('26 Nov 2026, 20:06, still running');
  });
});
