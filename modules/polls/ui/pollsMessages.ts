import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { PollsAnnouncements } from '../client/pollsAnnouncements.js';

/** The words of the poll panel (ballot and results). */
export interface PollPanelMessages {
  readonly heading: string;
  readonly close: string;
  readonly noPoll: string;
  /** For moderators: where the start form is. */
  readonly noPollModerator: string;
  readonly chooseOne: string;
  readonly chooseSeveral: string;
  readonly vote: string;
  /** The counted vote; `choices`: its answers, joined. */
  readonly yourVote: (choices: string) => string;
  /** After `yourVote` in a poll whose votes cannot change. */
  readonly voteIsFinal: string;
  /** Before voting in a poll whose votes cannot change: describes the Vote button. */
  readonly finalBeforeVoting: string;
  /** Where votes may change: the button that counts the answers chosen now (`choices`) instead. */
  readonly changeVoteTo: (choices: string) => string;
  /** Where votes may change, while the chosen answers are the counted ones. */
  readonly howToChange: string;
  /** Marks a counted answer in the ballot, in parentheses after it. */
  readonly countedMark: string;
  readonly voters: (count: number) => string;
  /** How many of how many who can vote have voted. */
  readonly votersOf: (count: number, total: number) => string;
  readonly resultsAtTheEnd: string;
  readonly currentResults: string;
  readonly finalResult: string;
  /** Shown under a hidden poll's counts to moderators. */
  readonly onlyModeratorsSee: string;
  /** `time`: a local clock time; `left`: the time left as a clock ("4:12"). */
  readonly endsAt: (time: string, left: string) => string;
  readonly endPoll: string;
  /** Votes for one answer, with the share of voters in whole percent. */
  readonly votes: (count: number, percent: number) => string;
}

/** The words of the start form in the moderation panel. */
export interface StartPollMessages {
  readonly formLabel: string;
  readonly topic: string;
  readonly answers: string;
  readonly answer: (position: number) => string;
  readonly addAnswer: string;
  readonly removeAnswer: (position: number) => string;
  readonly multiple: string;
  readonly changeable: string;
  readonly results: string;
  readonly resultsLive: string;
  readonly resultsHidden: string;
  readonly duration: string;
  readonly durationHint: string;
  readonly start: string;
  /** For a moderator while a poll runs. */
  readonly running: (topic: string) => string;
}

/** All words of the polls UI, per language. */
export interface PollsMessages extends ModuleMessages<PollsAnnouncements> {
  /** The toolbar button that opens the poll panel. */
  readonly openPanel: string;
  /** Heading of the polls section in the moderation panel. */
  readonly moderationHeading: string;
  readonly panel: PollPanelMessages;
  readonly form: StartPollMessages;
}

const time = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

export const pollsMessages: Messages<PollsMessages> = {
  en: {
    openPanel: 'Polls',
    moderationHeading: 'Polls',
    panel: {
      heading: 'Polls',
      close: 'Close polls',
      noPoll: 'No poll is running.',
      noPollModerator: 'No poll is running. Start one in the Moderation panel.',
      chooseOne: 'Choose one answer.',
      chooseSeveral: 'Choose one or more answers.',
      vote: 'Vote',
      yourVote: (choices) => `Your vote: ${choices}`,
      voteIsFinal: 'Your vote is final: votes cannot be changed in this poll.',
      finalBeforeVoting: 'Votes cannot be changed in this poll: check your answer before you vote.',
      changeVoteTo: (choices) => `Change my vote to ${choices}`,
      howToChange: 'To change your vote, choose another answer.',
      countedMark: 'your vote',
      voters: (count) => (count === 1 ? '1 person has voted' : `${count} people have voted`),
      votersOf: (count, total) => `${count} of ${total} ${count === 1 ? 'has' : 'have'} voted`,
      resultsAtTheEnd: 'The results are shown when the poll ends.',
      currentResults: 'Current results',
      finalResult: 'Result',
      onlyModeratorsSee: 'Only moderators see these results until the poll ends.',
      endsAt: (at, left) => `Ends at ${at} (${left} left)`,
      endPoll: 'End poll',
      votes: (count, percent) => `${count} ${count === 1 ? 'vote' : 'votes'} (${percent} %)`,
    },
    form: {
      formLabel: 'Start a poll',
      topic: 'Question',
      answers: 'Answers',
      answer: (position) => `Answer ${position}`,
      addAnswer: 'Add answer',
      removeAnswer: (position) => `Remove answer ${position}`,
      multiple: 'Several answers may be chosen',
      changeable: 'Votes may be changed while the poll runs',
      results: 'Results',
      resultsLive: 'Everyone sees them while the poll runs',
      resultsHidden: 'Shown at the end (moderators see them while it runs)',
      duration: 'Ends by itself after (minutes)',
      durationHint: 'Leave empty to end the poll yourself.',
      start: 'Start poll',
      running: (topic) => `A poll is running: ${topic}`,
    },
    announce: {
      pollStarted: ({ topic }) => `Poll started: ${topic}`,
      pollEnded: ({ topic }) => `Poll ended: ${topic}`,
      voteRecorded: () => 'Your vote was counted.',
      pollRunning: () => 'A poll is already running. End it first.',
      topicInvalid: ({ maxLength }) => `Enter a question of at most ${maxLength} characters.`,
      choiceCountInvalid: ({ min, max }) => `A poll needs ${min} to ${max} answers.`,
      choiceInvalid: ({ position, maxLength }) => `Answer ${position} must have 1 to ${maxLength} characters.`,
      choiceDuplicate: ({ position }) => `Answer ${position} repeats an earlier answer.`,
      durationInvalid: ({ minSeconds, maxSeconds }) =>
        `The duration must be between ${minSeconds} seconds and ${maxSeconds / 3600} hours.`,
      ballotInvalid: () => 'That vote was not valid. Please choose again.',
      alreadyVoted: () => 'You have already voted in this poll.',
      pollGone: () => 'This poll has ended.',
      notAllowed: () => 'Only moderators can do that.',
    },
  },
  de: {
    openPanel: 'Umfragen',
    moderationHeading: 'Umfragen',
    panel: {
      heading: 'Umfragen',
      close: 'Umfragen schließen',
      noPoll: 'Es läuft keine Umfrage.',
      noPollModerator: 'Es läuft keine Umfrage. Starten Sie eine im Bereich Moderation.',
      chooseOne: 'Wählen Sie eine Antwort.',
      chooseSeveral: 'Wählen Sie eine oder mehrere Antworten.',
      vote: 'Abstimmen',
      yourVote: (choices) => `Ihre Stimme: ${choices}`,
      voteIsFinal: 'Ihre Stimme ist endgültig: In dieser Umfrage kann sie nicht geändert werden.',
      finalBeforeVoting:
        'In dieser Umfrage lassen sich Stimmen nicht ändern: Prüfen Sie Ihre Antwort, bevor Sie abstimmen.',
      changeVoteTo: (choices) => `Meine Stimme ändern auf: ${choices}`,
      howToChange: 'Um Ihre Stimme zu ändern, wählen Sie eine andere Antwort.',
      countedMark: 'Ihre Stimme',
      voters: (count) => (count === 1 ? '1 Person hat abgestimmt' : `${count} Personen haben abgestimmt`),
      votersOf: (count, total) => `${count} von ${total} ${count === 1 ? 'hat' : 'haben'} abgestimmt`,
      resultsAtTheEnd: 'Das Ergebnis wird am Ende der Umfrage gezeigt.',
      currentResults: 'Aktueller Stand',
      finalResult: 'Ergebnis',
      onlyModeratorsSee: 'Nur die Moderation sieht diesen Stand, bis die Umfrage endet.',
      endsAt: (at, left) => `Endet um ${at} Uhr (noch ${left})`,
      endPoll: 'Umfrage beenden',
      votes: (count, percent) => `${count} ${count === 1 ? 'Stimme' : 'Stimmen'} (${percent} %)`,
    },
    form: {
      formLabel: 'Umfrage starten',
      topic: 'Frage',
      answers: 'Antworten',
      answer: (position) => `Antwort ${position}`,
      addAnswer: 'Antwort hinzufügen',
      removeAnswer: (position) => `Antwort ${position} entfernen`,
      multiple: 'Mehrere Antworten wählbar',
      changeable: 'Stimmen dürfen während der Umfrage geändert werden',
      results: 'Ergebnis',
      resultsLive: 'Alle sehen es, während die Umfrage läuft',
      resultsHidden: 'Erst am Ende (die Moderation sieht es vorher)',
      duration: 'Endet von selbst nach (Minuten)',
      durationHint: 'Leer lassen, um die Umfrage selbst zu beenden.',
      start: 'Umfrage starten',
      running: (topic) => `Eine Umfrage läuft: ${topic}`,
    },
    announce: {
      pollStarted: ({ topic }) => `Umfrage gestartet: ${topic}`,
      pollEnded: ({ topic }) => `Umfrage beendet: ${topic}`,
      voteRecorded: () => 'Ihre Stimme wurde gezählt.',
      pollRunning: () => 'Es läuft bereits eine Umfrage. Beenden Sie sie zuerst.',
      topicInvalid: ({ maxLength }) => `Geben Sie eine Frage mit höchstens ${maxLength} Zeichen ein.`,
      choiceCountInvalid: ({ min, max }) => `Eine Umfrage braucht ${min} bis ${max} Antworten.`,
      choiceInvalid: ({ position, maxLength }) => `Antwort ${position} muss 1 bis ${maxLength} Zeichen haben.`,
      choiceDuplicate: ({ position }) => `Antwort ${position} wiederholt eine frühere Antwort.`,
      durationInvalid: ({ minSeconds, maxSeconds }) =>
        `Die Dauer muss zwischen ${minSeconds} Sekunden und ${maxSeconds / 3600} Stunden liegen.`,
      ballotInvalid: () => 'Diese Stimme war ungültig. Bitte wählen Sie erneut.',
      alreadyVoted: () => 'Sie haben in dieser Umfrage bereits abgestimmt.',
      pollGone: () => 'Diese Umfrage ist beendet.',
      notAllowed: () => 'Das darf nur die Moderation.',
    },
  },
};

/** A local clock time in the language's style. */
export function clockTime(at: number, locale: 'en' | 'de'): string {
  return time(at, locale === 'de' ? 'de-DE' : 'en-GB');
}
