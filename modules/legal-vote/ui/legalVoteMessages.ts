import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { LegalVoteAnnouncements } from '../client/legalVoteAnnouncements.js';
import type { Choice, EndReason, ProblemKind, VoteFilesFailure, VoteKind } from '../protocol.js';

/** The words of the running vote, the ballot dialog, the receipt and the result. */
export interface VotePanelMessages {
  readonly heading: string;
  readonly close: string;
  readonly noVote: string;
  readonly choices: Readonly<Record<Choice, string>>;
  readonly kinds: Readonly<Record<VoteKind, string>>;
  /** What a kind means for the voter, in plain words. */
  readonly kindExplained: Readonly<Record<VoteKind, string>>;
  readonly runningHeading: string;
  readonly startedBy: (name: string) => string;
  /** "7 of 9 have voted". */
  readonly turnout: (count: number, eligible: number) => string;
  /** `time`: a local clock time; `left`: the time left as a clock ("4:12"). */
  readonly endsAt: (time: string, left: string) => string;
  readonly closesWhenAllVoted: string;
  readonly youMayVote: string;
  readonly notEligible: string;
  /** Opens the ballot dialog. */
  readonly vote: string;
  /** After casting, until the receipt arrives. */
  readonly storing: (choice: string) => string;
  /** To a device whose ballot dialog was open when the same person's vote, cast on another device, was stored. */
  readonly castElsewhere: string;
  readonly yourVote: (choice: string) => string;
  readonly liveHeading: string;
  readonly ballotsHeading: string;
  readonly voterColumn: string;
  readonly tokenColumn: string;
  readonly choiceColumn: string;
  readonly noBallotsYet: string;
  readonly stop: string;
  /** The stop's confirm step: how many eligible have not voted yet ("2 of 9 eligible have not voted yet."). */
  readonly stopUnvoted: (missing: number, eligible: number) => string;
  readonly stopQuestion: string;
  readonly stopConfirm: string;
  readonly cancelVote: string;
  readonly cancelReason: string;
  readonly cancelConfirm: string;
  readonly cancelKeep: string;
  readonly cancelReasonInvalid: (maxLength: number) => string;
  /** The cancel form sent without a reason. */
  readonly cancelReasonMissing: string;
  /** The chair's list of technical problems voters reported during the vote. */
  readonly problemsHeading: string;
  /** One reported problem: "10:02 Carol: Audio – No sound" (`text` '' when none was given). */
  readonly reportedProblem: (time: string, name: string, kind: string, text: string) => string;
  readonly dialog: BallotDialogMessages;
  readonly receipt: ReceiptMessages;
  readonly problem: ProblemMessages;
  readonly result: ResultMessages;
}

/** The ballot dialog: choose, then confirm. */
export interface BallotDialogMessages {
  /** The dialog's title: "Your ballot: <title>". */
  readonly title: (title: string) => string;
  readonly chooseLegend: string;
  readonly chooseFirst: string;
  readonly next: string;
  readonly cancel: string;
  readonly close: string;
  /** The confirm step: "You vote: Yes — this cannot be changed." */
  readonly confirm: (choice: string) => string;
  readonly back: string;
  readonly cast: string;
}

export interface ReceiptMessages {
  /** Names the receipt by its vote, as an old result's receipt may be shown next to the running vote's. */
  readonly heading: (title: string) => string;
  readonly explained: string;
  readonly voteId: string;
  readonly entryHash: string;
  readonly token: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly download: string;
}

export interface ProblemMessages {
  readonly open: string;
  readonly legend: string;
  readonly kinds: Readonly<Record<ProblemKind, string>>;
  readonly text: string;
  readonly send: string;
  readonly cancel: string;
  readonly textInvalid: (maxLength: number) => string;
}

export interface ResultMessages {
  readonly heading: (title: string) => string;
  /** The heading of a cancelled vote, which has no result. */
  readonly cancelledHeading: (title: string) => string;
  /** A cancelled vote counts as held without a result: no counts, no ballots. */
  readonly cancelledNoResult: string;
  /** The same for a vote a technical fault interrupted (it must be held again). */
  readonly interruptedHeading: (title: string) => string;
  readonly interruptedNoResult: string;
  /** To a voter whose ballot dialog was open when the vote ended. */
  readonly endedBeforeCast: string;
  readonly reasons: Readonly<Record<EndReason, string>>;
  readonly cancelledBecause: (reason: string) => string;
  readonly counts: string;
  /** One choice's count: "Yes: 5". */
  readonly count: (choice: string, count: number) => string;
  readonly turnout: (ballots: number, eligible: number) => string;
  readonly recordHead: (hash: string) => string;
  readonly noRecord: string;
  readonly downloadProtocol: string;
  readonly downloadReport: string;
  /** The files could not both be stored: why, and whether the protocol was (its link shows then). */
  readonly filesFailed: (reason: VoteFilesFailure, protocolStored: boolean) => string;
}

/** The words of the start form. */
export interface StartVoteMessages {
  readonly formLabel: string;
  readonly title: string;
  readonly subtitle: string;
  readonly topic: string;
  readonly kind: string;
  readonly abstain: string;
  readonly eligibleLegend: string;
  readonly eligibleHint: string;
  readonly notEligibleHeading: string;
  /** "Ben (guest: no account)". */
  readonly notEligible: (name: string, reason: 'notRegistered' | 'notABrowser') => string;
  readonly nobodyEligible: string;
  readonly duration: string;
  readonly durationHint: string;
  /** The duration is not a whole number of minutes from 1 to `max`. */
  readonly durationWholeMinutes: (max: number) => string;
  /** The title is blank. */
  readonly titleMissing: string;
  readonly closeWhenAllVoted: string;
  readonly start: string;
}

/** All words of the legal-vote UI, per language. */
export interface LegalVoteMessages extends ModuleMessages<LegalVoteAnnouncements> {
  /** The toolbar button that opens the panel. */
  readonly openPanel: string;
  /** The visible notice while a vote waits for this client's ballot (the panel closed): "Formal vote: <title>". */
  readonly ballotWaiting: (title: string) => string;
  /** The notice's button that opens the panel. */
  readonly openVote: string;
  readonly panel: VotePanelMessages;
  readonly form: StartVoteMessages;
}

const time = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

/** A local clock time in the language's style. */
export function clockTime(at: number, locale: 'en' | 'de'): string {
  return time(at, locale === 'de' ? 'de-DE' : 'en-GB');
}

/** The German names of problem kinds: one list for the report form, the chair's list and the alert (as in the PDF). */
const problemKindsDe: Readonly<Record<ProblemKind, string>> = { audio: 'Ton', video: 'Bild', other: 'Sonstiges' };

/**
 * A vote's files not stored, in English: which (the report only, when the protocol was stored), why, what is stored,
 * and what to do when the storage is full. `title`: the vote's, in a notice; null in the vote's own result.
 */
function filesFailedEn(title: string | null, reason: VoteFilesFailure, protocolStored: boolean): string {
  const of = title === null ? '' : ` of “${title}”`;
  const what = protocolStored
    ? `The report${of} could not be stored`
    : `The protocol and the report${of} could not be stored`;
  const why = {
    storageFull: ': the storage of your organisation is full.',
    tooLarge: ': the file is larger than this installation allows.',
    other: '.',
  }[reason];
  const stored = protocolStored ? ' The protocol is stored.' : '';
  const fix = reason === 'storageFull' ? " Delete files in the room's Meetings dialog or ask your administration." : '';
  return `${what}${why}${stored}${fix} The vote and its record stand.`;
}

/** `filesFailedEn` in German. */
function filesFailedDe(title: string | null, reason: VoteFilesFailure, protocolStored: boolean): string {
  const of = title === null ? '' : ` zu „${title}“`;
  const what = protocolStored
    ? `Der Bericht${of} konnte nicht gespeichert werden`
    : `Protokoll und Bericht${of} konnten nicht gespeichert werden`;
  const why = {
    storageFull: ': Der Speicher Ihrer Organisation ist voll.',
    tooLarge: ': Die Datei ist größer, als diese Installation erlaubt.',
    other: '.',
  }[reason];
  const stored = protocolStored ? ' Das Protokoll ist gespeichert.' : '';
  const fix =
    reason === 'storageFull'
      ? ' Löschen Sie Dateien im Dialog „Besprechungen“ des Raums oder wenden Sie sich an Ihre Verwaltung.'
      : '';
  return `${what}${why}${stored}${fix} Die Abstimmung und ihr Protokoll bleiben gültig.`;
}

export const legalVoteMessages: Messages<LegalVoteMessages> = {
  en: {
    openPanel: 'Formal vote',
    ballotWaiting: (title) => `Formal vote running: ${title}. Your vote is awaited.`,
    openVote: 'Open the vote',
    panel: {
      heading: 'Formal vote',
      close: 'Close formal vote',
      noVote: 'No formal vote is running.',
      choices: { yes: 'Yes', no: 'No', abstain: 'Abstain' },
      kinds: { rollCall: 'Roll call', liveRollCall: 'Live roll call', pseudonymous: 'Pseudonymous' },
      kindExplained: {
        rollCall: 'Names and choices are published when the vote ends.',
        liveRollCall: 'Everyone sees each name and choice as soon as it is cast.',
        pseudonymous:
          'Each voter gets a secret token. The record lists tokens, not names: you can find your own ballot, nobody learns how others voted.',
      },
      runningHeading: 'Running vote',
      startedBy: (name) => `Started by ${name}`,
      turnout: (count, eligible) => `${count} of ${eligible} ${count === 1 ? 'has' : 'have'} voted`,
      endsAt: (at, left) => `Ends at ${at} (${left} left)`,
      closesWhenAllVoted: 'Ends as soon as everyone has voted.',
      youMayVote: 'You are eligible to vote.',
      notEligible: 'You are not eligible in this vote.',
      vote: 'Vote',
      storing: (choice) => `Your vote (${choice}) was sent and is being stored.`,
      castElsewhere: 'Your vote was cast on another device.',
      yourVote: (choice) => `Your vote: ${choice}`,
      liveHeading: 'Live results',
      ballotsHeading: 'Ballots',
      voterColumn: 'Voter',
      tokenColumn: 'Token',
      choiceColumn: 'Choice',
      noBallotsYet: 'No ballots yet.',
      stop: 'Stop vote',
      stopUnvoted: (missing, eligible) =>
        missing === 0
          ? 'Everyone eligible has voted.'
          : `${missing} of ${eligible} eligible ${missing === 1 ? 'has' : 'have'} not voted yet.`,
      stopQuestion: 'Stop the vote now? Nobody can vote after that.',
      stopConfirm: 'Stop the vote now',
      cancelVote: 'Cancel vote',
      cancelReason: 'Reason for cancelling',
      cancelConfirm: 'Cancel the vote',
      cancelKeep: 'Keep the vote running',
      cancelReasonInvalid: (maxLength) => `Give a reason of at most ${maxLength} characters.`,
      cancelReasonMissing: 'Give a reason for cancelling.',
      problemsHeading: 'Reported problems',
      reportedProblem: (time, name, kind, text) => `${time} ${name}: ${kind}${text === '' ? '' : ` – ${text}`}`,
      dialog: {
        title: (title) => `Your ballot: ${title}`,
        chooseLegend: 'Your choice',
        chooseFirst: 'Choose Yes, No or Abstain first.',
        next: 'Continue',
        cancel: 'Cancel',
        close: 'Close ballot',
        confirm: (choice) => `You vote: ${choice}. This cannot be changed.`,
        back: 'Back',
        cast: 'Cast vote',
      },
      receipt: {
        heading: (title) => `Your receipt: ${title}`,
        explained:
          'Keep it to check later that your ballot is in the vote record (plenum verify-vote). It does not show your choice.',
        voteId: 'Vote ID',
        entryHash: 'Entry hash',
        token: 'Token',
        copy: 'Copy receipt',
        copied: 'Receipt copied.',
        copyFailed: 'Copying did not work. Select the text above, or download the receipt.',
        download: 'Download receipt (JSON)',
      },
      problem: {
        open: 'Report a technical problem',
        legend: 'What does not work?',
        kinds: { audio: 'Audio', video: 'Video', other: 'Something else' },
        text: 'Details (optional)',
        send: 'Send report',
        cancel: 'Cancel',
        textInvalid: (maxLength) => `The details can have at most ${maxLength} characters.`,
      },
      result: {
        heading: (title) => `Result: ${title}`,
        cancelledHeading: (title) => `Cancelled vote: ${title}`,
        cancelledNoResult: 'Cancelled – no result',
        interruptedHeading: (title) => `Interrupted vote: ${title}`,
        interruptedNoResult: 'Interrupted – no result',
        endedBeforeCast: 'The vote ended before your ballot was cast.',
        reasons: {
          stopped: 'The vote was stopped.',
          deadline: 'The time for voting ran out.',
          allVoted: 'Everyone has voted.',
          cancelled: 'The vote was cancelled.',
          roomClosed: 'The vote ended because the meeting closed.',
          interrupted: 'The vote was interrupted by a technical fault. Its record up to then is kept.',
        },
        cancelledBecause: (reason) => `Reason: ${reason}`,
        counts: 'Counts',
        count: (choice, count) => `${choice}: ${count}`,
        turnout: (ballots, eligible) => `${ballots} of ${eligible} eligible ${ballots === 1 ? 'has' : 'have'} voted`,
        recordHead: (hash) => `Signed record, last entry hash ${hash}`,
        noRecord: 'The record is not complete yet.',
        downloadProtocol: 'Download the vote protocol (JSON)',
        downloadReport: 'Download the report (PDF)',
        filesFailed: (reason, protocolStored) => filesFailedEn(null, reason, protocolStored),
      },
    },
    form: {
      formLabel: 'Start a formal vote',
      title: 'Title',
      subtitle: 'Subtitle (optional)',
      topic: 'Motion or topic (optional)',
      kind: 'Kind of vote',
      abstain: 'Voters may abstain',
      eligibleLegend: 'Eligible to vote',
      eligibleHint: 'Only signed-in participants at a screen can vote.',
      notEligibleHeading: 'Cannot vote',
      notEligible: (name, reason) =>
        reason === 'notRegistered'
          ? `${name} (guest: not signed in)`
          : `${name} (phone or recorder: cannot see a ballot)`,
      nobodyEligible: 'Nobody in the meeting can vote: only signed-in participants at a screen can.',
      duration: 'Ends by itself after (minutes, optional)',
      durationHint: 'Leave empty to stop the vote yourself.',
      durationWholeMinutes: (max) => `Enter the duration in whole minutes, from 1 to ${max}, or leave it empty.`,
      titleMissing: 'Enter a title.',
      closeWhenAllVoted: 'End as soon as everyone has voted',
      start: 'Start vote',
    },
    announce: {
      voteStarted: ({ title, eligible }) =>
        eligible
          ? `Formal vote started: ${title}. You may vote in the Formal vote panel.`
          : `Formal vote started: ${title}.`,
      voteEnded: ({ title, reason, cancelReason, yes, no, abstain }) =>
        reason === 'cancelled'
          ? `Formal vote cancelled: ${title}. No result.${cancelReason === '' ? '' : ` Reason: ${cancelReason}`}`
          : reason === 'interrupted'
            ? `Formal vote interrupted: ${title}.`
            : `Formal vote ended: ${title}. Yes ${yes}, No ${no}, Abstain ${abstain}.`,
      ballotStored: () => 'Your vote is stored. Your receipt is in the Formal vote panel.',
      problemRecorded: () => 'Your report is in the vote record.',
      problemReported: ({ name, kind, text }) => {
        const what = { audio: 'audio', video: 'video', other: 'something else' }[kind];
        return `${name} reports a technical problem with ${what}${text === '' ? '.' : `: ${text}`}`;
      },
      filesReady: ({ title }) => `The protocol and report of “${title}” are ready in the Formal vote panel.`,
      filesFailed: ({ title, reason, protocolStored }) => filesFailedEn(title, reason, protocolStored),
      notAllowed: () => 'Only moderators may do that.',
      titleInvalid: ({ maxLength }) => `Give a title of at most ${maxLength} characters.`,
      subtitleInvalid: ({ maxLength }) => `The subtitle can have at most ${maxLength} characters.`,
      topicInvalid: ({ maxLength }) => `The topic can have at most ${maxLength} characters.`,
      durationInvalid: ({ minSeconds, maxSeconds }) =>
        `The duration must be between ${minSeconds} seconds and ${maxSeconds / 3600} hours.`,
      noEligibleVoters: () => 'Choose at least one person who may vote.',
      participantIneligible: ({ name, reason }) => {
        const who = name === '' ? 'Someone you chose' : name;
        return reason === 'notRegistered'
          ? `${who} cannot vote: not signed in.`
          : reason === 'notABrowser'
            ? `${who} cannot vote: joined by phone or as recorder.`
            : `${who} is no longer in the meeting.`;
      },
      anotherVoteRunning: () => 'A formal vote is already running. End it first.',
      voteGone: () => 'This vote has ended.',
      ballotAfterEnd: () =>
        'Your ballot came after the end of the vote: it was not counted. It is recorded as refused after the end.',
      notEligible: () => 'You are not eligible in this vote.',
      alreadyVoted: () => 'You have already voted. A vote cannot be changed.',
      wrongToken: () => 'Your ballot was refused: its token did not match. Please rejoin the meeting and try again.',
      abstainNotOffered: () => 'This vote has no abstain option.',
      notInitiator: () => 'Only the person who started the vote can stop it. Moderators may cancel it.',
      reasonInvalid: ({ maxLength }) => `Give a reason of at most ${maxLength} characters.`,
      problemTextInvalid: ({ maxLength }) => `The details can have at most ${maxLength} characters.`,
      recovering: () => 'An earlier vote is still being finished. Please try again in a moment.',
    },
  },
  de: {
    openPanel: 'Förmliche Abstimmung',
    ballotWaiting: (title) => `Förmliche Abstimmung läuft: ${title}. Ihre Stimme wird erwartet.`,
    openVote: 'Zur Abstimmung',
    panel: {
      heading: 'Förmliche Abstimmung',
      close: 'Förmliche Abstimmung schließen',
      noVote: 'Es läuft keine förmliche Abstimmung.',
      choices: { yes: 'Ja', no: 'Nein', abstain: 'Enthaltung' },
      kinds: { rollCall: 'Namentlich', liveRollCall: 'Namentlich, live', pseudonymous: 'Pseudonym' },
      kindExplained: {
        rollCall: 'Namen und Stimmen werden am Ende veröffentlicht.',
        liveRollCall: 'Alle sehen jeden Namen und jede Stimme, sobald sie abgegeben ist.',
        pseudonymous:
          'Alle Stimmberechtigten erhalten ein geheimes Kennzeichen. Das Protokoll nennt Kennzeichen statt Namen: Sie finden Ihre eigene Stimme, niemand erfährt, wie andere gestimmt haben.',
      },
      runningHeading: 'Laufende Abstimmung',
      startedBy: (name) => `Gestartet von ${name}`,
      turnout: (count, eligible) => `${count} von ${eligible} ${count === 1 ? 'hat' : 'haben'} abgestimmt`,
      endsAt: (at, left) => `Endet um ${at} Uhr (noch ${left})`,
      closesWhenAllVoted: 'Endet, sobald alle abgestimmt haben.',
      youMayVote: 'Sie sind stimmberechtigt.',
      notEligible: 'Sie sind in dieser Abstimmung nicht stimmberechtigt.',
      vote: 'Abstimmen',
      storing: (choice) => `Ihre Stimme (${choice}) wurde gesendet und wird gespeichert.`,
      castElsewhere: 'Ihre Stimme wurde auf einem anderen Gerät abgegeben.',
      yourVote: (choice) => `Ihre Stimme: ${choice}`,
      liveHeading: 'Live-Ergebnis',
      ballotsHeading: 'Stimmen',
      voterColumn: 'Name',
      tokenColumn: 'Kennzeichen',
      choiceColumn: 'Stimme',
      noBallotsYet: 'Noch keine Stimmen.',
      stop: 'Abstimmung beenden',
      stopUnvoted: (missing, eligible) =>
        missing === 0
          ? 'Alle Stimmberechtigten haben abgestimmt.'
          : `${missing} von ${eligible} Stimmberechtigten ${missing === 1 ? 'hat' : 'haben'} noch nicht abgestimmt.`,
      stopQuestion: 'Die Abstimmung jetzt beenden? Danach kann niemand mehr abstimmen.',
      stopConfirm: 'Beenden bestätigen',
      cancelVote: 'Abstimmung abbrechen',
      cancelReason: 'Grund für den Abbruch',
      cancelConfirm: 'Abbruch bestätigen',
      cancelKeep: 'Abstimmung weiterlaufen lassen',
      cancelReasonInvalid: (maxLength) => `Geben Sie einen Grund mit höchstens ${maxLength} Zeichen an.`,
      cancelReasonMissing: 'Geben Sie einen Grund für den Abbruch an.',
      problemsHeading: 'Gemeldete Probleme',
      reportedProblem: (time, name, kind, text) => `${time} Uhr ${name}: ${kind}${text === '' ? '' : ` – ${text}`}`,
      dialog: {
        title: (title) => `Ihr Stimmzettel: ${title}`,
        chooseLegend: 'Ihre Stimme',
        chooseFirst: 'Wählen Sie zuerst Ja, Nein oder Enthaltung.',
        next: 'Weiter',
        cancel: 'Abbrechen',
        close: 'Stimmzettel schließen',
        confirm: (choice) => `Sie stimmen: ${choice}. Das kann nicht geändert werden.`,
        back: 'Zurück',
        cast: 'Stimme abgeben',
      },
      receipt: {
        heading: (title) => `Ihre Quittung: ${title}`,
        explained:
          'Bewahren Sie sie auf, um später zu prüfen, dass Ihre Stimme im Abstimmungsprotokoll steht (plenum verify-vote). Ihre Stimme selbst steht nicht darin.',
        voteId: 'Abstimmungs-ID',
        entryHash: 'Eintrags-Hash',
        token: 'Kennzeichen',
        copy: 'Quittung kopieren',
        copied: 'Quittung kopiert.',
        copyFailed:
          'Kopieren hat nicht funktioniert. Markieren Sie den Text oben oder laden Sie die Quittung herunter.',
        download: 'Quittung herunterladen (JSON)',
      },
      problem: {
        open: 'Technisches Problem melden',
        legend: 'Was funktioniert nicht?',
        kinds: problemKindsDe,
        text: 'Einzelheiten (optional)',
        send: 'Meldung senden',
        cancel: 'Abbrechen',
        textInvalid: (maxLength) => `Die Einzelheiten dürfen höchstens ${maxLength} Zeichen haben.`,
      },
      result: {
        heading: (title) => `Ergebnis: ${title}`,
        cancelledHeading: (title) => `Abgebrochene Abstimmung: ${title}`,
        cancelledNoResult: 'Abgebrochen – kein Ergebnis',
        interruptedHeading: (title) => `Unterbrochene Abstimmung: ${title}`,
        interruptedNoResult: 'Unterbrochen – kein Ergebnis',
        endedBeforeCast: 'Die Abstimmung endete, bevor Ihre Stimme abgegeben wurde.',
        reasons: {
          stopped: 'Die Abstimmung wurde beendet.',
          deadline: 'Die Zeit zum Abstimmen ist abgelaufen.',
          allVoted: 'Alle haben abgestimmt.',
          cancelled: 'Die Abstimmung wurde abgebrochen.',
          roomClosed: 'Die Abstimmung endete, weil die Sitzung geschlossen wurde.',
          interrupted:
            'Die Abstimmung wurde durch einen technischen Fehler unterbrochen. Ihr Protokoll bis dahin bleibt erhalten.',
        },
        cancelledBecause: (reason) => `Grund: ${reason}`,
        counts: 'Stimmen',
        count: (choice, count) => `${choice}: ${count}`,
        turnout: (ballots, eligible) =>
          `${ballots} von ${eligible} Stimmberechtigten ${ballots === 1 ? 'hat' : 'haben'} abgestimmt`,
        recordHead: (hash) => `Signiertes Protokoll, Hash des letzten Eintrags ${hash}`,
        noRecord: 'Das Protokoll ist noch nicht vollständig.',
        downloadProtocol: 'Abstimmungsprotokoll herunterladen (JSON)',
        downloadReport: 'Bericht herunterladen (PDF)',
        filesFailed: (reason, protocolStored) => filesFailedDe(null, reason, protocolStored),
      },
    },
    form: {
      formLabel: 'Förmliche Abstimmung starten',
      title: 'Titel',
      subtitle: 'Untertitel (optional)',
      topic: 'Antrag oder Gegenstand (optional)',
      kind: 'Art der Abstimmung',
      abstain: 'Enthaltung erlaubt',
      eligibleLegend: 'Stimmberechtigt',
      eligibleHint: 'Nur angemeldete Teilnehmende an einem Bildschirm können abstimmen.',
      notEligibleHeading: 'Können nicht abstimmen',
      notEligible: (name, reason) =>
        reason === 'notRegistered'
          ? `${name} (Gast: nicht angemeldet)`
          : `${name} (Telefon oder Aufzeichnung: sieht keinen Stimmzettel)`,
      nobodyEligible:
        'Niemand in der Sitzung kann abstimmen: Das können nur angemeldete Teilnehmende an einem Bildschirm.',
      duration: 'Endet von selbst nach (Minuten, optional)',
      durationHint: 'Leer lassen, um die Abstimmung selbst zu beenden.',
      durationWholeMinutes: (max) =>
        `Geben Sie die Dauer in ganzen Minuten an, von 1 bis ${max}, oder lassen Sie das Feld leer.`,
      titleMissing: 'Geben Sie einen Titel ein.',
      closeWhenAllVoted: 'Beenden, sobald alle abgestimmt haben',
      start: 'Abstimmung starten',
    },
    announce: {
      voteStarted: ({ title, eligible }) =>
        eligible
          ? `Förmliche Abstimmung gestartet: ${title}. Sie können im Bereich „Förmliche Abstimmung“ abstimmen.`
          : `Förmliche Abstimmung gestartet: ${title}.`,
      voteEnded: ({ title, reason, cancelReason, yes, no, abstain }) =>
        reason === 'cancelled'
          ? `Förmliche Abstimmung abgebrochen: ${title}. Kein Ergebnis.${cancelReason === '' ? '' : ` Grund: ${cancelReason}`}`
          : reason === 'interrupted'
            ? `Förmliche Abstimmung unterbrochen: ${title}.`
            : `Förmliche Abstimmung beendet: ${title}. Ja ${yes}, Nein ${no}, Enthaltung ${abstain}.`,
      ballotStored: () => 'Ihre Stimme ist gespeichert. Ihre Quittung finden Sie im Bereich „Förmliche Abstimmung“.',
      problemRecorded: () => 'Ihre Meldung steht im Abstimmungsprotokoll.',
      problemReported: ({ name, kind, text }) =>
        `${name} meldet ein technisches Problem (${problemKindsDe[kind]})${text === '' ? '.' : `: ${text}`}`,
      filesReady: ({ title }) => `Protokoll und Bericht zu „${title}“ liegen im Bereich „Förmliche Abstimmung“ bereit.`,
      filesFailed: ({ title, reason, protocolStored }) => filesFailedDe(title, reason, protocolStored),
      notAllowed: () => 'Das darf nur die Moderation.',
      titleInvalid: ({ maxLength }) => `Geben Sie einen Titel mit höchstens ${maxLength} Zeichen ein.`,
      subtitleInvalid: ({ maxLength }) => `Der Untertitel darf höchstens ${maxLength} Zeichen haben.`,
      topicInvalid: ({ maxLength }) => `Der Gegenstand darf höchstens ${maxLength} Zeichen haben.`,
      durationInvalid: ({ minSeconds, maxSeconds }) =>
        `Die Dauer muss zwischen ${minSeconds} Sekunden und ${maxSeconds / 3600} Stunden liegen.`,
      noEligibleVoters: () => 'Wählen Sie mindestens eine stimmberechtigte Person.',
      participantIneligible: ({ name, reason }) => {
        const who = name === '' ? 'Eine gewählte Person' : name;
        return reason === 'notRegistered'
          ? `${who} kann nicht abstimmen: nicht angemeldet.`
          : reason === 'notABrowser'
            ? `${who} kann nicht abstimmen: per Telefon oder als Aufzeichnung verbunden.`
            : `${who} ist nicht mehr in der Sitzung.`;
      },
      anotherVoteRunning: () => 'Es läuft bereits eine förmliche Abstimmung. Beenden Sie sie zuerst.',
      voteGone: () => 'Diese Abstimmung ist beendet.',
      ballotAfterEnd: () =>
        'Ihre Stimme kam nach dem Ende der Abstimmung: Sie wurde nicht gezählt. Sie ist als nach dem Ende abgelehnt festgehalten.',
      notEligible: () => 'Sie sind in dieser Abstimmung nicht stimmberechtigt.',
      alreadyVoted: () => 'Sie haben bereits abgestimmt. Eine Stimme kann nicht geändert werden.',
      wrongToken: () =>
        'Ihre Stimme wurde abgelehnt: Das Kennzeichen passte nicht. Bitte treten Sie der Sitzung erneut bei und versuchen Sie es noch einmal.',
      abstainNotOffered: () => 'In dieser Abstimmung ist keine Enthaltung vorgesehen.',
      notInitiator: () => 'Nur wer die Abstimmung gestartet hat, kann sie beenden. Die Moderation kann sie abbrechen.',
      reasonInvalid: ({ maxLength }) => `Geben Sie einen Grund mit höchstens ${maxLength} Zeichen an.`,
      problemTextInvalid: ({ maxLength }) => `Die Einzelheiten dürfen höchstens ${maxLength} Zeichen haben.`,
      recovering: () => 'Eine frühere Abstimmung wird noch abgeschlossen. Bitte versuchen Sie es gleich noch einmal.',
    },
  },
};
