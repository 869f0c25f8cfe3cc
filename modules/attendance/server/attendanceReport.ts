import { type ReportDocumentInput, type ReportOptions, reportClock, reportLabels } from '@plenum/reports';
import type { RoomAttendanceList } from '@plenum/room-kit';
import { type AttendeeKind, attendeeKind, attendeeKinds } from '@plenum/room-kit/attendance';
import type { ReportLanguage } from '../protocol.js';
import { attendanceReportLabels } from './attendanceReportLabels.js';
import { formatPresence } from './formatPresence.js';

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
 * on the meeting's day, with their date otherwise (a meeting past midnight).
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

  const people = list.attendees
    .flatMap((a) => {
      const kind = attendeeKind(a);
      return kind === null ? [] : [{ ...a, reportKind: kind }];
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName, locale) || a.firstJoin - b.firstJoin);

  const totals = new Map<AttendeeKind, { count: number; presenceMs: number }>(
    attendeeKinds.map((k) => [k, { count: 0, presenceMs: 0 }]),
  );
  for (const p of people) {
    const total = totals.get(p.reportKind);
    if (total) {
      total.count++;
      total.presenceMs += p.presenceMs;
    }
  }

  const columns = [
    { label: l.name, width: 4 },
    { label: l.kind, width: 2 },
    ...(options.includeEmail ? [{ label: l.email, width: 4 }] : []),
    { label: l.firstJoin, width: 2 },
    { label: l.lastLeave, width: 2 },
    { label: l.presence, width: 2, align: 'right' as const },
  ];
  const rows = people.map((p) => [
    p.displayName,
    l.kinds[p.reportKind],
    ...(options.includeEmail ? [p.email ?? ''] : []),
    when(p.firstJoin),
    when(p.lastLeave),
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
          const total = totals.get(k) ?? { count: 0, presenceMs: 0 };
          return [l.kinds[k], String(total.count), formatPresence(total.presenceMs)];
        }),
        [l.all, String(people.length), formatPresence(people.reduce((sum, p) => sum + p.presenceMs, 0))],
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

/** The file name offered on download: `anwesenheit-2026-11-26.pdf` / `attendance-2026-11-26.pdf` (meeting's day, UTC). */
export function attendanceReportFilename(list: RoomAttendanceList, language: ReportLanguage): string {
  return `${attendanceReportLabels[language].filenamePrefix}-${new Date(list.startedAt).toISOString().slice(0, 10)}.pdf`;
}
