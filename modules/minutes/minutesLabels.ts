import type { AttendeeKind } from '@plenum/room-kit/attendance';
/** The languages minutes are written in: the tenant's choice (`RoomSettings.language`), German by default. */
export type MinutesLanguage = 'de' | 'en';

/** How the minutes list an attendee: signed in, a guest (no account), or a phone caller. */

/** The words of the minutes' exports (PDF and Markdown), one table per language: a missing one is a type error. */
export interface MinutesLabels {
  /** The document's name: "Niederschrift" / "Minutes". */
  readonly minutes: string;
  readonly body: string;
  readonly date: string;
  readonly place: string;
  /** The place of every Plenum meeting. */
  readonly online: string;
  readonly started: string;
  readonly attendance: string;
  readonly name: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<AttendeeKind, string>>;
  /** The room records no meeting, so nobody's attendance is known (not: nobody attended). */
  readonly attendanceNotRecorded: string;
  readonly agenda: string;
  /** "TOP 3" / "Item 3". */
  item(number: number): string;
  /** The agenda table's number column: "TOP" / "Item". */
  readonly itemColumn: string;
  readonly subject: string;
  readonly emptyAgenda: string;
  readonly untitled: string;
  readonly notes: string;
  readonly motions: string;
  readonly decisions: string;
  readonly result: string;
  /** The formal vote a result comes from. */
  readonly vote: string;
  /** After a result whose linked vote the server does not know: the text is the writer's, unchecked. */
  readonly unverified: string;
  readonly none: string;
  /** The start of the files' names: `niederschrift-2026-11-26.pdf`. */
  readonly filenamePrefix: string;
}

export const minutesLabels: Readonly<Record<MinutesLanguage, MinutesLabels>> = {
  de: {
    minutes: 'Niederschrift',
    body: 'Gremium',
    date: 'Datum',
    place: 'Ort',
    online: 'Online (Plenum)',
    started: 'Beginn',
    attendance: 'Anwesend',
    name: 'Name',
    kind: 'Art',
    kinds: { registered: 'angemeldet', guest: 'Gast', phone: 'Telefon' },
    attendanceNotRecorded: 'Die Anwesenheit wurde nicht erfasst.',
    agenda: 'Tagesordnung',
    item: (number) => `TOP ${number}`,
    itemColumn: 'TOP',
    subject: 'Gegenstand',
    emptyAgenda: 'Die Tagesordnung ist leer.',
    untitled: '(ohne Titel)',
    notes: 'Notizen',
    motions: 'Anträge',
    decisions: 'Beschlüsse',
    result: 'Ergebnis',
    vote: 'Abstimmung',
    unverified: '(nicht geprüft)',
    none: '—',
    filenamePrefix: 'niederschrift',
  },
  en: {
    minutes: 'Minutes',
    body: 'Body',
    date: 'Date',
    place: 'Place',
    online: 'Online (Plenum)',
    started: 'Started',
    attendance: 'Attendance',
    name: 'Name',
    kind: 'Kind',
    kinds: { registered: 'registered', guest: 'guest', phone: 'phone' },
    attendanceNotRecorded: 'Attendance was not recorded.',
    agenda: 'Agenda',
    item: (number) => `Item ${number}`,
    itemColumn: 'Item',
    subject: 'Subject',
    emptyAgenda: 'The agenda is empty.',
    untitled: '(untitled)',
    notes: 'Notes',
    motions: 'Motions',
    decisions: 'Decisions',
    result: 'Result',
    vote: 'Vote',
    unverified: '(not verified)',
    none: '—',
    filenamePrefix: 'minutes',
  },
};

/** The German labels (kept for the client's entry point, which exports them). */
export const germanMinutesLabels: MinutesLabels = minutesLabels.de;
