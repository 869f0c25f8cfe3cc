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
  readonly download: string;
  /** After `download` when the report lists e-mail addresses (personal data: handle with care). */
  readonly withEmail: string;
}

export const attendanceMessages: Messages<AttendanceMessages> = {
  en: {
    heading: 'Attendance report',
    includeEmail: 'Include e-mail addresses',
    create: 'Create report',
    creating: 'Creating the attendance report…',
    download: 'Download attendance report (PDF)',
    withEmail: 'It lists e-mail addresses: share it only with those who need them.',
    announce: {
      reportReady: () => 'The attendance report is ready to download.',
      tooSoon: ({ seconds }) => `A report was just created. Try again in ${seconds} seconds.`,
      noMeeting: () => 'This room keeps no attendance, so there is no report.',
      storeFailed: () => 'The attendance report could not be created. Try again later.',
      notAllowed: () => 'Only moderators can create the attendance report.',
    },
  },
  de: {
    heading: 'Anwesenheitsliste',
    includeEmail: 'E-Mail-Adressen aufnehmen',
    create: 'Liste erstellen',
    creating: 'Die Anwesenheitsliste wird erstellt …',
    download: 'Anwesenheitsliste herunterladen (PDF)',
    withEmail: 'Sie enthält E-Mail-Adressen: Geben Sie sie nur weiter, wo sie gebraucht werden.',
    announce: {
      reportReady: () => 'Die Anwesenheitsliste kann heruntergeladen werden.',
      tooSoon: ({ seconds }) => `Eben wurde eine Liste erstellt. Versuchen Sie es in ${seconds} Sekunden erneut.`,
      noMeeting: () => 'Dieser Raum führt keine Anwesenheit, daher gibt es keine Liste.',
      storeFailed: () => 'Die Anwesenheitsliste konnte nicht erstellt werden. Versuchen Sie es später erneut.',
      notAllowed: () => 'Nur Moderierende können die Anwesenheitsliste erstellen.',
    },
  },
};
