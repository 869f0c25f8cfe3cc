import { fileStamp, type ReportDocumentInput, type ReportOptions, reportClock, reportLabels } from '@plenum/reports';
import type { RoomAttendanceList } from '@plenum/room-kit';
import { type AttendeeKind, attendeeKind, attendeeKinds } from '@plenum/room-kit/attendance';
import type { ReportLanguage } from '../protocol.js';
import { type AttendanceReportLabels, attendanceReportLabels } from './attendanceReportLabels.js';
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
 * per kind. The recorder is left out: it is not a person who attended. Times of day are printed alone when they fall
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

  const columns = options.includeEmail ? columnsWithEmail(l) : columnsWithoutEmail(l);
  const rows = people.map((p) => [
    p.displayName,
    l.kinds[p.reportKind],
    ...(options.includeEmail ? [emailCell(p.email ?? '')] : []),
    when(p.firstJoin),
    left(p.lastLeave),
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
    { kind: 'table', columns, rows },
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

function columnsWithoutEmail(l: AttendanceReportLabels): Columns {
  return [
    { label: l.name, width: 4 },
    { label: l.kind, width: 2 },
    { label: l.firstJoin, width: 2 },
    { label: l.lastLeave, width: 2 },
    { label: l.presence, width: 2, align: 'right' },
  ];
}

/**
 * With addresses, the e-mail column takes the room the others can spare (times, kind and presence are short; names
 * wrap between words), so that common addresses fit on one line of it (about `EMAIL_LINE_CHARS` characters).
 */
function columnsWithEmail(l: AttendanceReportLabels): Columns {
  return [
    { label: l.name, width: 2.8 },
    { label: l.kind, width: 2 },
    { label: l.email, width: 6.5 },
    { label: l.firstJoin, width: 1.8 },
    { label: l.lastLeave, width: 1.8 },
    { label: l.presence, width: 1.3, align: 'right' },
  ];
}

/** About how many characters of an address fit on one line of the e-mail column (A4, the table's font size). */
const EMAIL_LINE_CHARS = 28;

/**
 * An address as its cell prints it: whole when it fits a line of the column; longer, its domain starts a line of
 * its own at the `@`, where a reader expects a break, rather than the renderer cutting it at whatever letter the
 * line ends (only a part longer than a line is still cut).
 */
function emailCell(email: string): string {
  const at = email.lastIndexOf('@');
  return email.length <= EMAIL_LINE_CHARS || at <= 0 ? email : `${email.slice(0, at)}\n${email.slice(at)}`;
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
