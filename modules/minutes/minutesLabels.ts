import type { AttendeeKind } from '@plenum/room-kit/attendance';
/** The languages minutes are written in: the tenant's choice (`RoomSettings.language`), German by default. */
export type MinutesLanguage = 'de' | 'en';

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
  /** Before the export's time: the minutes say what was recorded up to then ("Stand"), not when the meeting ended. */
  readonly asOf: string;
  /** Who chaired: the meeting's owner and moderators. */
  readonly chair: string;
  /** Who wrote the minutes. */
  readonly minuteTakers: string;
  /** The attendance section's heading. */
  readonly attendance: string;
  /** Each kind's list in the attendance section: members present, guests, phone callers. */
  readonly attendanceGroups: Readonly<Record<AttendeeKind, string>>;
  /** The room records no meeting, so nobody's attendance is known (not: nobody attended). */
  readonly attendanceNotRecorded: string;
  /**
   * Heads minutes of an earlier meeting exported in a later one (no date, start, chair, attendance or minute-takers is
   * printed, and it says so): `lastChanged` is their latest change, day and time, null when unknown.
   */
  earlierMeeting(lastChanged: string | null): string;
  /** In place of the attendance of minutes of an earlier meeting: this meeting's attendance is not theirs. */
  readonly attendanceOfEarlierMeeting: string;
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
  /** Before an entry's recorded outcome (adopted or rejected). */
  readonly outcome: string;
  /** The recorded outcomes in words (`MinutesEntry.outcome`). */
  readonly outcomes: Readonly<Record<'adopted' | 'rejected', string>>;
  /** The formal vote a result comes from. */
  readonly vote: string;
  /** After the vote's title: when it ended (`ended`: day and time). */
  voteEnded(ended: string): string;
  /** Before the day an entry was added, where it is not the meeting's (continued minutes). */
  readonly added: string;
  /**
   * Heads minutes continued from an earlier meeting in this one: `lastChanged` is the day of the earlier minutes'
   * latest change, null when unknown.
   */
  continues(lastChanged: string | null): string;
  /** Before a hint on an entry (`unbacked`). */
  readonly note: string;
  /** Why a recorded outcome is not backed by the linked vote's result (`unbackedOutcome`), factual. */
  readonly unbacked: Readonly<Record<'noResult' | 'adoptedWithoutMajority' | 'rejectedWithMajority', string>>;
  /** After a result whose linked vote the server does not know: the text is the writer's, unchecked. */
  readonly unverified: string;
  readonly none: string;
  /** The heading of the signature lines at the end. */
  readonly signatures: string;
  /** Whose signature each line is for. */
  readonly signatureChair: string;
  readonly signatureMinuteTaker: string;
  /** Under a signature line. */
  readonly dateAndSignature: string;
  /** The start of the files' names: `niederschrift-2026-11-26-1405.pdf` (`-2`, `-3` … added within a minute). */
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
    asOf: 'Stand',
    chair: 'Vorsitz / Moderation',
    minuteTakers: 'Protokollführung',
    attendance: 'Anwesenheit',
    attendanceGroups: { registered: 'Anwesend', guest: 'Gäste', phone: 'Telefon' },
    attendanceNotRecorded: 'Die Anwesenheit wurde nicht erfasst.',
    earlierMeeting: (lastChanged) =>
      `${lastChanged === null ? 'Niederschrift einer früheren Sitzung' : `Niederschrift einer früheren Sitzung (zuletzt geändert ${lastChanged})`}. Datum, Beginn, Vorsitz und Protokollführung jener Sitzung sind in dieser Datei nicht angegeben.`,
    attendanceOfEarlierMeeting: 'Die Anwesenheit der früheren Sitzung ist in dieser Datei nicht enthalten.',
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
    outcome: 'Entscheidung',
    outcomes: { adopted: 'angenommen', rejected: 'abgelehnt' },
    vote: 'Abstimmung',
    voteEnded: (ended) => `beendet ${ended}`,
    added: 'Eingetragen am',
    continues: (lastChanged) =>
      lastChanged === null
        ? 'Fortsetzung der Niederschrift einer früheren Sitzung.'
        : `Fortsetzung der Niederschrift vom ${lastChanged}.`,
    note: 'Hinweis',
    unbacked: {
      noResult: 'Die verknüpfte Abstimmung hat kein Ergebnis.',
      adoptedWithoutMajority: 'In der verknüpften Abstimmung gab es nicht mehr Ja- als Nein-Stimmen.',
      rejectedWithMajority: 'In der verknüpften Abstimmung gab es mehr Ja- als Nein-Stimmen.',
    },
    unverified: '(nicht geprüft)',
    none: '—',
    signatures: 'Unterschriften',
    signatureChair: 'Vorsitz',
    signatureMinuteTaker: 'Protokollführung',
    dateAndSignature: 'Datum, Unterschrift',
    filenamePrefix: 'niederschrift',
  },
  en: {
    minutes: 'Minutes',
    body: 'Body',
    date: 'Date',
    place: 'Place',
    online: 'Online (Plenum)',
    started: 'Started',
    asOf: 'As of',
    chair: 'Chair / moderation',
    minuteTakers: 'Minute-takers',
    attendance: 'Attendance',
    attendanceGroups: { registered: 'Present', guest: 'Guests', phone: 'Phone' },
    attendanceNotRecorded: 'Attendance was not recorded.',
    earlierMeeting: (lastChanged) =>
      `${lastChanged === null ? 'Minutes of an earlier meeting' : `Minutes of an earlier meeting (last changed ${lastChanged})`}. The date, start, chair and minute-takers of that meeting are not given in this file.`,
    attendanceOfEarlierMeeting: "The earlier meeting's attendance is not part of this file.",
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
    outcome: 'Outcome',
    outcomes: { adopted: 'adopted', rejected: 'rejected' },
    vote: 'Vote',
    voteEnded: (ended) => `ended ${ended}`,
    added: 'Added on',
    continues: (lastChanged) =>
      lastChanged === null
        ? 'Continues the minutes of an earlier meeting.'
        : `Continues the minutes of ${lastChanged}.`,
    note: 'Note',
    unbacked: {
      noResult: 'the linked vote has no result.',
      adoptedWithoutMajority: 'the linked vote had no more yes than no votes.',
      rejectedWithMajority: 'the linked vote had more yes than no votes.',
    },
    unverified: '(not verified)',
    none: '—',
    signatures: 'Signatures',
    signatureChair: 'Chair',
    signatureMinuteTaker: 'Minute-taker',
    dateAndSignature: 'Date, signature',
    filenamePrefix: 'minutes',
  },
};

/** The German labels (kept for the client's entry point, which exports them). */
export const germanMinutesLabels: MinutesLabels = minutesLabels.de;
