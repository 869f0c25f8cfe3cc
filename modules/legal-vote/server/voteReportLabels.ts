import type { ReportLanguage } from '@plenum/reports';
import type { LeaveReason } from '@plenum/room-kit';
import type { Choice, EndReason, ProblemKind, VoteKind } from '../protocol.js';
import type { VoteEntryData } from './voteRecord.js';

type RefusalReason = VoteEntryData<'ballotRefused'>['reason'];

/** The words of the vote report, one table per language: a missing translation is a type error. */
export interface VoteReportLabels {
  /** How the names of the vote's files begin (`abstimmung-2026-11-26-2249-….pdf`); ASCII, lower case. */
  readonly filenamePrefix: string;
  readonly report: string;
  /** The meeting (the room's title) the vote was held in. */
  readonly meeting: string;
  readonly parameters: string;
  readonly topic: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<VoteKind, string>>;
  readonly options: string;
  readonly ledBy: string;
  readonly start: string;
  readonly end: string;
  readonly deadline: string;
  readonly closeWhenAllVoted: string;
  readonly yesNo: (value: boolean) => string;
  readonly endReason: string;
  readonly endReasons: Readonly<Record<EndReason, string>>;
  readonly endedBy: string;
  readonly cancelReason: string;
  readonly eligibleCount: string;
  readonly turnout: string;
  readonly turnoutOf: (ballots: number, eligible: number, percent: string) => string;
  readonly results: string;
  /** What a cancelled or interrupted vote's report says instead of its results: such a vote has none. */
  readonly cancelledNoResult: string;
  readonly interruptedNoResult: string;
  readonly option: string;
  readonly votes: string;
  readonly choices: Readonly<Record<Choice, string>>;
  readonly eligible: string;
  readonly name: string;
  readonly votingRecord: string;
  readonly number: string;
  readonly time: string;
  readonly voter: string;
  readonly token: string;
  readonly choice: string;
  readonly pseudonymousNote: string;
  readonly eventLog: string;
  readonly event: string;
  readonly details: string;
  readonly joined: string;
  readonly left: string;
  /** How someone left (`LeaveReason`); a reason not listed is printed as recorded. */
  readonly leaveReasons: Readonly<Record<LeaveReason, string>>;
  readonly problem: string;
  readonly problems: Readonly<Record<ProblemKind, string>>;
  readonly refused: string;
  readonly refusals: Readonly<Record<RefusalReason, string>>;
  /** Why a ballot after the end was refused (the event log's details). */
  readonly afterTheEnd: string;
  /** Verification: the after-the-end log's entry count, head and signature. */
  readonly afterEndEntries: string;
  readonly afterEndHead: string;
  readonly afterEndSignature: string;
  readonly verification: string;
  readonly subject: string;
  readonly entries: string;
  readonly chainHead: string;
  readonly signature: string;
  readonly fingerprint: string;
  readonly howToVerify: string;
}

export const voteReportLabels: Readonly<Record<ReportLanguage, VoteReportLabels>> = {
  de: {
    filenamePrefix: 'abstimmung',
    report: 'Abstimmungsbericht',
    meeting: 'Sitzung',
    parameters: 'Angaben zur Abstimmung',
    topic: 'Thema',
    kind: 'Art',
    kinds: {
      rollCall: 'Namentliche Abstimmung',
      liveRollCall: 'Namentliche Abstimmung (live)',
      pseudonymous: 'Pseudonyme Abstimmung',
    },
    options: 'Optionen',
    ledBy: 'Leitung',
    start: 'Beginn',
    end: 'Ende',
    deadline: 'Frist',
    closeWhenAllVoted: 'Ende, sobald alle abgestimmt haben',
    yesNo: (value) => (value ? 'ja' : 'nein'),
    endReason: 'Grund des Endes',
    endReasons: {
      stopped: 'Beendet',
      deadline: 'Frist abgelaufen',
      allVoted: 'Alle haben abgestimmt',
      cancelled: 'Abgebrochen',
      roomClosed: 'Raum geschlossen',
      interrupted: 'Unterbrochen',
    },
    endedBy: 'Beendet von',
    cancelReason: 'Begründung des Abbruchs',
    eligibleCount: 'Stimmberechtigte',
    turnout: 'Beteiligung',
    turnoutOf: (ballots, eligible, percent) => `${ballots} von ${eligible} (${percent})`,
    results: 'Ergebnis',
    cancelledNoResult: 'Abgebrochen – kein Ergebnis',
    interruptedNoResult: 'Unterbrochen – kein Ergebnis',
    option: 'Option',
    votes: 'Stimmen',
    choices: { yes: 'Ja', no: 'Nein', abstain: 'Enthaltung' },
    eligible: 'Stimmberechtigte Personen',
    name: 'Name',
    votingRecord: 'Stimmabgaben',
    number: 'Nr.',
    time: 'Zeit',
    voter: 'Name',
    token: 'Kennzeichen',
    choice: 'Stimme',
    pseudonymousNote:
      'Pseudonyme Abstimmung: Das Protokoll nennt Kennzeichen statt Namen, hier nach Kennzeichen geordnet und ohne Zeit der Abgabe. Jede Person kann ihre Stimme mit ihrem Kennzeichen und ihrer Quittung prüfen. Das signierte JSON-Protokoll enthält Reihenfolge und Zeit jeder Stimmabgabe, weil seine Prüfung sie braucht; geben Sie es nur an Personen weiter, die es prüfen sollen.',
    eventLog: 'Ereignisprotokoll',
    event: 'Ereignis',
    details: 'Einzelheiten',
    joined: 'Beigetreten',
    left: 'Verlassen',
    leaveReasons: {
      left: 'selbst gegangen',
      timedOut: 'Verbindung verloren',
      removed: 'entfernt',
      roomClosed: 'Raum geschlossen',
      sentToWaitingRoom: 'in den Warteraum geschickt',
    },
    problem: 'Technisches Problem',
    problems: { audio: 'Ton', video: 'Bild', other: 'Sonstiges' },
    refused: 'Stimme zurückgewiesen',
    refusals: {
      notEligible: 'nicht stimmberechtigt',
      alreadyVoted: 'hat bereits abgestimmt',
      wrongToken: 'falsches Kennzeichen',
      abstainNotOffered: 'Enthaltung nicht vorgesehen',
    },
    afterTheEnd: 'nach dem Ende der Abstimmung',
    afterEndEntries: 'Einträge nach dem Ende',
    afterEndHead: 'Kopf des Protokolls nach dem Ende',
    afterEndSignature: 'Signatur des Protokolls nach dem Ende',
    verification: 'Nachweis',
    subject: 'Protokoll',
    entries: 'Einträge',
    chainHead: 'Kettenkopf (SHA-256)',
    signature: 'Signatur (Ed25519)',
    fingerprint: 'Schlüssel-Fingerabdruck (SHA-256)',
    howToVerify:
      'Prüfung des JSON-Protokolls ohne Netz: plenum verify-vote <protokoll.json> [quittung.json] --trust <Fingerabdruck>',
  },
  en: {
    filenamePrefix: 'vote',
    report: 'Vote report',
    meeting: 'Meeting',
    parameters: 'About the vote',
    topic: 'Topic',
    kind: 'Kind',
    kinds: {
      rollCall: 'Roll call',
      liveRollCall: 'Live roll call',
      pseudonymous: 'Pseudonymous vote',
    },
    options: 'Options',
    ledBy: 'Led by',
    start: 'Start',
    end: 'End',
    deadline: 'Deadline',
    closeWhenAllVoted: 'Ends when everyone has voted',
    yesNo: (value) => (value ? 'yes' : 'no'),
    endReason: 'Reason for ending',
    endReasons: {
      stopped: 'Stopped',
      deadline: 'Deadline reached',
      allVoted: 'Everyone voted',
      cancelled: 'Cancelled',
      roomClosed: 'Room closed',
      interrupted: 'Interrupted',
    },
    endedBy: 'Ended by',
    cancelReason: 'Reason for cancelling',
    eligibleCount: 'Eligible voters',
    turnout: 'Turnout',
    turnoutOf: (ballots, eligible, percent) => `${ballots} of ${eligible} (${percent})`,
    results: 'Results',
    cancelledNoResult: 'Cancelled – no result',
    interruptedNoResult: 'Interrupted – no result',
    option: 'Option',
    votes: 'Votes',
    choices: { yes: 'Yes', no: 'No', abstain: 'Abstain' },
    eligible: 'Eligible people',
    name: 'Name',
    votingRecord: 'Voting record',
    number: 'No.',
    time: 'Time',
    voter: 'Name',
    token: 'Token',
    choice: 'Vote',
    pseudonymousNote:
      'Pseudonymous vote: the record lists tokens, not names, here sorted by token and without the time cast. Each voter can check their own ballot with their token and receipt. The signed JSON protocol keeps the order and time of each ballot, which its verification needs; pass it on only to those who are to check it.',
    eventLog: 'Event log',
    event: 'Event',
    details: 'Details',
    joined: 'Joined',
    left: 'Left',
    leaveReasons: {
      left: 'left',
      timedOut: 'connection lost',
      removed: 'removed',
      roomClosed: 'room closed',
      sentToWaitingRoom: 'sent to the waiting room',
    },
    problem: 'Technical problem',
    problems: { audio: 'audio', video: 'video', other: 'other' },
    refused: 'Ballot refused',
    refusals: {
      notEligible: 'not eligible',
      alreadyVoted: 'has already voted',
      wrongToken: 'wrong token',
      abstainNotOffered: 'abstain not offered',
    },
    afterTheEnd: 'after the end of the vote',
    afterEndEntries: 'Entries after the end',
    afterEndHead: 'Head of the log after the end (SHA-256)',
    afterEndSignature: 'Signature of the log after the end (Ed25519)',
    verification: 'Verification',
    subject: 'Record',
    entries: 'Entries',
    chainHead: 'Chain head (SHA-256)',
    signature: 'Signature (Ed25519)',
    fingerprint: 'Key fingerprint (SHA-256)',
    howToVerify:
      'Check the JSON protocol offline: plenum verify-vote <protocol.json> [receipt.json] --trust <fingerprint>',
  },
};
