import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { AttendanceAnnouncements } from '../client/attendanceAnnouncements.js';

/** All words of the attendance UI, per language. */
export interface AttendanceMessages extends ModuleMessages<AttendanceAnnouncements> {
  /** Heading of the section in the moderation panel; also the form's accessible name. */
  readonly heading: string;
  readonly includeEmail: string;
  readonly create: string;
  /** While the server makes the report. */
  readonly creating: string;
  /** The accessible name of the list of reports made in this meeting. */
  readonly reports: string;
  /**
   * A download link's text, naming the file by its own properties, not by the form's checkbox: "Download the list
   * of 14:05:09, with e-mail addresses (PDF)". `at`: the server time the list stands at (with seconds, so that lists
   * made within a minute tell apart).
   */
  readonly download: (file: { readonly at: number; readonly includeEmail: boolean }) => string;
  /** After the links when one of the reports lists e-mail addresses (personal data: handle with care). */
  readonly withEmail: string;
  /** The form's status line after a `tooSoon` refusal: the one place the refusal is said (and announced). */
  readonly tooSoon: (seconds: number) => string;
}

const time = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const attendanceMessages: Messages<AttendanceMessages> = {
  en: {
    heading: 'Attendance report',
    includeEmail: 'Include e-mail addresses',
    create: 'Create report',
    creating: 'Creating the attendance report…',
    reports: 'Lists made in this meeting',
    download: ({ at, includeEmail }) =>
      `Download the list of ${time(at, 'en-GB')}, ${includeEmail ? 'with' : 'without'} e-mail addresses (PDF)`,
    withEmail: 'Lists with e-mail addresses: share them only with those who need them.',
    tooSoon: (seconds) => `Not created: the same list was just made. You can create it again in ${seconds} seconds.`,
    announce: {
      reportReady: () => 'The attendance report is ready to download.',
      noMeeting: () => 'This room keeps no attendance, so there is no report.',
      storeFailed: ({ reason }) =>
        reason === 'storage'
          ? "The attendance report could not be created: the storage of your organisation is full. Delete files in the room's Meetings dialog or ask your administration."
          : 'The attendance report could not be created. Try again later.',
      notAllowed: () => 'Only moderators can create the attendance report.',
    },
  },
  de: {
    heading: 'Anwesenheitsliste',
    includeEmail: 'E-Mail-Adressen aufnehmen',
    create: 'Liste erstellen',
    creating: 'Die Anwesenheitsliste wird erstellt …',
    reports: 'In dieser Sitzung erstellte Listen',
    download: ({ at, includeEmail }) =>
      `Liste von ${time(at, 'de-DE')} Uhr ${includeEmail ? 'mit' : 'ohne'} E-Mail-Adressen herunterladen (PDF)`,
    withEmail: 'Listen mit E-Mail-Adressen: Geben Sie sie nur weiter, wo sie gebraucht werden.',
    tooSoon: (seconds) =>
      `Nicht erstellt: Eben wurde dieselbe Liste erstellt. Erneut erstellen können Sie sie in ${seconds} Sekunden.`,
    announce: {
      reportReady: () => 'Die Anwesenheitsliste kann heruntergeladen werden.',
      noMeeting: () => 'Dieser Raum führt keine Anwesenheit, daher gibt es keine Liste.',
      storeFailed: ({ reason }) =>
        reason === 'storage'
          ? 'Die Anwesenheitsliste konnte nicht erstellt werden: Der Speicher Ihrer Organisation ist voll. Löschen Sie Dateien im Dialog „Besprechungen“ des Raums oder wenden Sie sich an Ihre Verwaltung.'
          : 'Die Anwesenheitsliste konnte nicht erstellt werden. Versuchen Sie es später erneut.',
      notAllowed: () => 'Nur Moderierende können die Anwesenheitsliste erstellen.',
    },
  },
};
