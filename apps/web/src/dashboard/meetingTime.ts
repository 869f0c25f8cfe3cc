import { formatLocale } from '@plenum/client-kit';
import type { Meeting } from '../api/meetingsApi.js';
import { formatDateTime } from './formatDateTime.js';

/**
 * When a meeting took place, in the UI's language: `ended` with its date and time range ("26.11.2026, 10:00–11:30
 * Uhr"; both dates when it went past midnight), or `running` (no end recorded yet) with its start.
 */
export type MeetingTime =
  | { readonly kind: 'ended'; readonly range: string }
  | { readonly kind: 'running'; readonly since: string };

/** The {@link MeetingTime} of a meeting, in the browser's time zone unless `timeZone` is given (tests). */
export function meetingTime(
  meeting: Pick<Meeting, 'startedAt' | 'endedAt'>,
  locale: string,
  timeZone?: string,
): MeetingTime {
  if (meeting.endedAt === null) return { kind: 'running', since: formatDateTime(meeting.startedAt, locale, timeZone) };
  const format = new Intl.DateTimeFormat(formatLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone === undefined ? {} : { timeZone }),
  });
  return { kind: 'ended', range: format.formatRange(new Date(meeting.startedAt), new Date(meeting.endedAt)) };
}
