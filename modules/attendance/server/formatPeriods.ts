import type { RoomPresencePeriod } from '@plenum/room-kit';

/** How the report prints one person's periods: its clock, the meeting's day, and when the report stands. */
export interface PeriodFormat {
  /** The report's locale and time zone. */
  readonly locale: string;
  readonly timeZone: string;
  /** The date of a moment as the report prints it, and the meeting's own day (printed without its date). */
  readonly dayOf: (ms: number) => string;
  readonly meetingDay: string;
  /** When the report is made: a period lasting until then is still going on. */
  readonly reportAt: number;
  /** The period's end for someone still present ("anwesend" / "present"). */
  readonly stillPresent: string;
}

/**
 * A person's periods present as a report cell, one a line: "22:41–22:51,\n22:52–22:58". Times are in the zone the
 * report's other times name (so they carry no zone of their own); a moment on another day than the meeting's (past
 * midnight) is printed with its date; a period lasting until the report is made ends in `stillPresent`. When a gap
 * or a period is too short to show in whole minutes (someone who left and came back within a minute would read
 * "22:51–22:51"), the two times that would read alike carry seconds ("22:41–22:51:10,\n22:51:40–22:58"), so every
 * gap the list shows is visible and the column stays narrow.
 */
export function formatPeriods(periods: readonly RoomPresencePeriod[], format: PeriodFormat): string {
  const minutes = timeFormat(format, false);
  const seconds = timeFormat(format, true);
  const bounds = periods.flatMap((p) => [p.from, p.to]);
  const inMinutes = bounds.map((ms) => minutes.format(ms));
  const at = (i: number): string => {
    const ms = bounds[i] ?? 0;
    const alike = inMinutes[i] === inMinutes[i - 1] || inMinutes[i] === inMinutes[i + 1];
    const time = alike ? seconds.format(ms) : (inMinutes[i] ?? '');
    const day = format.dayOf(ms);
    return day === format.meetingDay ? time : `${day} ${time}`;
  };
  return periods
    .map((p, n) => `${at(2 * n)}–${p.to >= format.reportAt ? format.stillPresent : at(2 * n + 1)}`)
    .join(',\n');
}

function timeFormat(format: PeriodFormat, withSeconds: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(format.locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    timeZone: format.timeZone,
  });
}
