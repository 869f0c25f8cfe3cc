import {
  fileStamp,
  type ReportDocumentInput,
  type ReportLanguage,
  type ReportOptions,
  reportClock,
  reportLabels,
} from '@plenum/reports';
import type { RoomAttendanceList } from '@plenum/room-kit';
import { type AttendeeKind, attendeeKind, attendeeKinds } from '@plenum/room-kit/attendance';
import { type AttendanceReportLabels, attendanceReportLabels } from './attendanceReportLabels.js';
import { formatPeriods } from './formatPeriods.js';
import { formatMinutes, formatPresence, presenceMinutes } from './formatPresence.js';

/** A block as the report is written (column widths and alignment may be left to their defaults). */
type ReportBlock = ReportDocumentInput['blocks'][number];

export interface AttendanceReportOptions extends ReportOptions {
  /** Whether the e-mail column is printed (the list carries addresses only when they were asked for). */
  readonly includeEmail: boolean;
}

/**
 * The attendance report of a meeting: its title and date, one row per person (name, kind, e-mail only when asked
 * for, first join, last leave, total presence as h:mm), sorted by name, and the number of people and their presence
 * per kind. Who left and came back has their periods present listed in a column of their own ("22:41–22:51,
 * 22:52–22:58"), so a reader can tell who was there at a given moment (a ballot); the column is printed only when
 * someone has such a gap, and stays empty for those without one, so a long list stays one line a person. The recorder is left out: it is not a person who attended. Times of day are printed alone when they fall
 * on the meeting's day, with their date otherwise (a meeting past midnight). People still present when the report is
 * made have no last leave: the attendance port counts their open sessions until now, so a last leave not before
 * `createdAt` reads "present" ("anwesend"), and their presence is counted until then. Totals add the whole minutes
 * the rows print (not the exact durations), so the printed numbers add up.
 */
export function attendanceReport(list: RoomAttendanceList, options: AttendanceReportOptions): ReportDocumentInput {
  const l = attendanceReportLabels[options.language];
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  const locale = reportLabels[options.language].locale;
  const clock = reportClock(options.language, timeZone);
  const dayOf = (ms: number): string => clock.day(ms);
  const timeOf = (ms: number): string => clock.time(ms);
  const meetingDay = dayOf(list.startedAt);
  const when = (ms: number): string => (dayOf(ms) === meetingDay ? timeOf(ms) : `${dayOf(ms)} ${timeOf(ms)}`);
  const reportAt = Date.parse(options.createdAt);
  const left = (ms: number): string => (ms >= reportAt ? l.stillPresent : when(ms));

  const people = list.attendees
    .flatMap((a) => {
      const kind = attendeeKind(a);
      return kind === null ? [] : [{ ...a, reportKind: kind }];
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName, locale) || a.firstJoin - b.firstJoin);

  const totals = new Map<AttendeeKind, { count: number; minutes: number }>(
    attendeeKinds.map((k) => [k, { count: 0, minutes: 0 }]),
  );
  let allMinutes = 0;
  for (const p of people) {
    const minutes = presenceMinutes(p.presenceMs);
    allMinutes += minutes;
    const total = totals.get(p.reportKind);
    if (total) {
      total.count++;
      total.minutes += minutes;
    }
  }

  const periodFormat = { locale, timeZone, dayOf, meetingDay, reportAt, stillPresent: l.stillPresent };
  const gaps = (p: (typeof people)[number]): string =>
    p.periods && p.periods.length > 1 ? formatPeriods(p.periods, periodFormat) : '';
  const withPeriods = people.some((p) => gaps(p) !== '');
  const layout = tableLayout(l, { email: options.includeEmail, periods: withPeriods });
  const rows = people.map((p) => [
    p.displayName,
    l.kinds[p.reportKind],
    ...(options.includeEmail ? [emailCell(p.email ?? '', layout.emailLineChars)] : []),
    when(p.firstJoin),
    left(p.lastLeave),
    ...(withPeriods ? [gaps(p)] : []),
    formatPresence(p.presenceMs),
  ]);
  const title = list.title.trim() === '' ? l.report : list.title;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: l.report },
    {
      kind: 'keyValue',
      items: [
        { label: l.meeting, value: title },
        { label: l.date, value: meetingDay },
        { label: l.started, value: timeOf(list.startedAt) },
      ],
    },
    { kind: 'heading', level: 2, text: l.people },
    { kind: 'table', columns: layout.columns, rows },
    { kind: 'heading', level: 2, text: l.totals },
    {
      kind: 'table',
      columns: [
        { label: l.kind, width: 2 },
        { label: l.count, align: 'right' },
        { label: l.presence, align: 'right' },
      ],
      rows: [
        ...attendeeKinds.map((k) => {
          const total = totals.get(k) ?? { count: 0, minutes: 0 };
          return [l.kinds[k], String(total.count), formatMinutes(total.minutes)];
        }),
        [l.all, String(people.length), formatMinutes(allMinutes)],
      ],
    },
  ];
  return {
    metadata: {
      title,
      subject: l.report,
      language: options.language,
      organisation: options.organisation,
      createdAt: options.createdAt,
      timeZone,
    },
    blocks,
  };
}

type Columns = Extract<ReportBlock, { kind: 'table' }>['columns'];

/** The people table's columns, and about how many characters of an address fit on a line of its e-mail column. */
interface TableLayout {
  readonly columns: Columns;
  readonly emailLineChars: number;
}

/**
 * The people table's columns (A4, the table's font size), as relative widths: name, kind, e-mail (only with
 * addresses), first join, last leave, periods (only when someone has a gap), presence. With addresses, the e-mail
 * column takes the room the others can spare (times, kind and presence are short; names wrap between words), so that
 * common addresses fit on one line of it; `emailLineChars` is about how many characters that line holds. The periods
 * column holds one period ("22:41–22:51,") a line; the e-mail and name columns give it the room. (Seven columns on
 * A4 are tight: those widths were set by rendering 250 people and looking; a period with seconds wraps at its dash.)
 */
function tableLayout(l: AttendanceReportLabels, include: { email: boolean; periods: boolean }): TableLayout {
  const [name, kind, email, firstJoin, lastLeave, periods, presence, emailLineChars] = include.email
    ? include.periods
      ? [40, 33, 85, 31, 31, 52, 16, 20]
      : [2.8, 2, 6.5, 1.8, 1.8, 0, 1.3, 28]
    : include.periods
      ? [3.4, 1.8, 0, 1.8, 1.8, 2.6, 1.6, 0]
      : [4, 2, 0, 2, 2, 0, 2, 0];
  return {
    columns: [
      { label: l.name, width: name },
      { label: l.kind, width: kind },
      ...(include.email ? [{ label: l.email, width: email }] : []),
      { label: l.firstJoin, width: firstJoin },
      { label: l.lastLeave, width: lastLeave },
      ...(include.periods ? [{ label: l.periods, width: periods }] : []),
      { label: l.presence, width: presence, align: 'right' as const },
    ],
    emailLineChars,
  };
}

/**
 * An address as its cell prints it: whole when it fits a line of the column (`lineChars`); longer, its domain starts
 * a line of its own at the `@`, where a reader expects a break, rather than the renderer cutting it at whatever letter
 * the line ends (only a part longer than a line is still cut).
 */
function emailCell(email: string, lineChars: number): string {
  const at = email.lastIndexOf('@');
  return email.length <= lineChars || at <= 0 ? email : `${email.slice(0, at)}\n${email.slice(at)}`;
}

/**
 * The file name offered on download, e.g. `anwesenheit-2026-11-26-1405-mit-e-mail.pdf` /
 * `attendance-2026-11-26-1405-without-email.pdf`: when the list was made (in `timeZone`, default Europe/Berlin, like
 * the minutes' files) and whether it lists e-mail addresses, so that lists of one meeting tell apart in a listing.
 */
export function attendanceReportFilename(
  file: { readonly createdAt: string; readonly includeEmail: boolean; readonly timeZone?: string },
  language: ReportLanguage,
): string {
  const l = attendanceReportLabels[language];
  const email = file.includeEmail ? l.filenameWithEmail : l.filenameWithoutEmail;
  return `${l.filenamePrefix}-${fileStamp(file.createdAt, file.timeZone)}-${email}.pdf`;
}
