import type { ReportLanguage } from '@plenum/reports';
import type { AttendeeKind } from '@plenum/room-kit/attendance';

/** The words of the attendance report, one table per language: a missing translation is a type error. */
export interface AttendanceReportLabels {
  readonly report: string;
  readonly meeting: string;
  readonly date: string;
  readonly started: string;
  readonly people: string;
  readonly name: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<AttendeeKind, string>>;
  readonly email: string;
  readonly firstJoin: string;
  readonly lastLeave: string;
  /** In the last-leave column for people still present when the report is made. */
  readonly stillPresent: string;
  /** The column of the periods present of people who left and came back. */
  readonly periods: string;
  readonly presence: string;
  readonly totals: string;
  readonly count: string;
  readonly all: string;
  readonly filenamePrefix: string;
  /** The file name's ending for a list with e-mail addresses, and for one without. */
  readonly filenameWithEmail: string;
  readonly filenameWithoutEmail: string;
}

export const attendanceReportLabels: Readonly<Record<ReportLanguage, AttendanceReportLabels>> = {
  de: {
    report: 'Anwesenheitsliste',
    meeting: 'Sitzung',
    date: 'Datum',
    started: 'Beginn',
    people: 'Teilnehmende',
    name: 'Name',
    kind: 'Art',
    kinds: { registered: 'angemeldet', guest: 'Gast', phone: 'Telefon' },
    email: 'E-Mail',
    firstJoin: 'Erster Beitritt',
    lastLeave: 'Letztes Verlassen',
    stillPresent: 'anwesend',
    periods: 'Anwesend',
    presence: 'Dauer (h:mm)',
    totals: 'Summen nach Art',
    count: 'Personen',
    all: 'Gesamt',
    filenamePrefix: 'anwesenheit',
    filenameWithEmail: 'mit-e-mail',
    filenameWithoutEmail: 'ohne-e-mail',
  },
  en: {
    report: 'Attendance report',
    meeting: 'Meeting',
    date: 'Date',
    started: 'Started',
    people: 'Attendees',
    name: 'Name',
    kind: 'Kind',
    kinds: { registered: 'registered', guest: 'guest', phone: 'phone' },
    email: 'E-mail',
    firstJoin: 'First join',
    lastLeave: 'Last leave',
    stillPresent: 'present',
    periods: 'Present',
    presence: 'Presence (h:mm)',
    totals: 'Totals per kind',
    count: 'People',
    all: 'All',
    filenamePrefix: 'attendance',
    filenameWithEmail: 'with-email',
    filenameWithoutEmail: 'without-email',
  },
};
