import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { TalkingStickAnnouncements } from '../client/talkingStickAnnouncements.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';

/** All words of the talking stick's UI, per language. */
export interface TalkingStickMessages extends ModuleMessages<TalkingStickAnnouncements> {
  readonly panel: TalkingStickUiMessages;
  /** The toolbar button that opens the panel, and the heading of the moderation section. */
  readonly openPanel: string;
  readonly moderationHeading: string;
  /** Tile and participant-list badges. */
  readonly badgeSpeaking: string;
  readonly badgeNext: string;
  /** Participant-menu entries of moderators. */
  readonly menuAdd: string;
  readonly menuRemove: string;
}

function englishDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const m = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return rest === 0 ? m : `${m} ${rest} seconds`;
}

function germanDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} Sekunden`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const m = minutes === 1 ? '1 Minute' : `${minutes} Minuten`;
  return rest === 0 ? m : `${m} ${rest} Sekunden`;
}

const or = (name: string, fallback: string) => (name === '' ? fallback : name);

export const talkingStickMessages: Messages<TalkingStickMessages> = {
  en: {
    panel: {
      heading: 'Speaker list',
      close: 'Close speaker list',
      notRunning: 'No speaker list is running.',
      nowSpeaking: 'Speaking now',
      you: (name) => `${name} (you)`,
      someone: 'Someone who left',
      timeLeft: (time) => `Time left: ${time}`,
      noTimeLimit: 'No time limit',
      passStick: 'Pass the stick',
      nominateLabel: 'Nominate next',
      nominate: 'Nominate',
      nobodyNominated: 'The speaker has not nominated anyone yet.',
      orderHeading: 'Order',
      speakingMarker: 'speaking',
      nextMarker: 'next',
      spokenHeading: 'Already spoke',
      modeLegend: 'How the order is made',
      modes: { fixed: 'Fixed order', random: 'Random order', nominate: 'Each speaker nominates the next' },
      whoLegend: 'Who speaks',
      moveUp: 'Move up',
      moveDown: 'Move down',
      timeLabel: 'Time per speaker',
      timeOption: (seconds) => (seconds === null ? 'No limit' : englishDuration(seconds)),
      start: 'Start speaker list',
      skip: 'Skip current speaker',
      addLabel: 'Add to the list',
      addAtEnd: 'Add at the end',
      addAsNext: 'Add as next',
      remove: 'Remove',
      stop: 'Stop speaker list',
    },
    openPanel: 'Speaker list',
    moderationHeading: 'Speaker list',
    badgeSpeaking: 'Speaking (speaker list)',
    badgeNext: 'Next on the speaker list',
    menuAdd: 'Add to speaker list',
    menuRemove: 'Remove from speaker list',
    announce: {
      started: ({ name }) => `Speaker list started. ${or(name, 'Someone')} is speaking.`,
      speaking: ({ name }) => `${or(name, 'Someone')} is speaking now.`,
      timeUp: ({ previous, name }) =>
        `Time is up for ${or(previous, 'the speaker')}. ${or(name, 'Someone')} is speaking now.`,
      yourTimeUp: ({ name }) => `Your time is up. ${or(name, 'Someone')} is speaking now.`,
      yourTurn: ({ seconds }) =>
        typeof seconds === 'number'
          ? `It is your turn to speak. You have ${englishDuration(seconds)}.`
          : 'It is your turn to speak.',
      youAreNext: () => 'You are next on the speaker list.',
      youWereRemoved: () => 'You were taken off the speaker list.',
      ended: ({ reason }) => (reason === 'stopped' ? 'The speaker list was stopped.' : 'The speaker list is finished.'),
      alreadyRunning: () => 'A speaker list is already running. Stop it first.',
      invalidDuration: ({ minSeconds, maxSeconds }) =>
        `The time per speaker must be between ${englishDuration(minSeconds)} and ${englishDuration(maxSeconds)}.`,
      tooManySpeakers: ({ maxSpeakers }) => `A speaker list can hold at most ${maxSpeakers} people.`,
      nobodyToList: () => 'There is nobody to put on the speaker list.',
      actionFailed: () =>
        'That did not work. The speaker list may have changed, or you may no longer have moderator rights.',
    },
  },
  de: {
    panel: {
      heading: 'Redeliste',
      close: 'Redeliste schließen',
      notRunning: 'Es läuft keine Redeliste.',
      nowSpeaking: 'Spricht gerade',
      you: (name) => `${name} (Sie)`,
      someone: 'Jemand, der gegangen ist',
      timeLeft: (time) => `Verbleibende Zeit: ${time}`,
      noTimeLimit: 'Keine Zeitbegrenzung',
      passStick: 'Redestab weitergeben',
      nominateLabel: 'Nächste Person bestimmen',
      nominate: 'Bestimmen',
      nobodyNominated: 'Die sprechende Person hat noch niemanden bestimmt.',
      orderHeading: 'Reihenfolge',
      speakingMarker: 'spricht',
      nextMarker: 'als Nächstes',
      spokenHeading: 'Hat schon gesprochen',
      modeLegend: 'Wie die Reihenfolge entsteht',
      modes: {
        fixed: 'Feste Reihenfolge',
        random: 'Zufällige Reihenfolge',
        nominate: 'Wer spricht, bestimmt die nächste Person',
      },
      whoLegend: 'Wer spricht',
      moveUp: 'Nach oben',
      moveDown: 'Nach unten',
      timeLabel: 'Redezeit pro Person',
      timeOption: (seconds) => (seconds === null ? 'Unbegrenzt' : germanDuration(seconds)),
      start: 'Redeliste starten',
      skip: 'Sprechende Person überspringen',
      addLabel: 'Zur Liste hinzufügen',
      addAtEnd: 'Am Ende hinzufügen',
      addAsNext: 'Als Nächstes hinzufügen',
      remove: 'Entfernen',
      stop: 'Redeliste beenden',
    },
    openPanel: 'Redeliste',
    moderationHeading: 'Redeliste',
    badgeSpeaking: 'Spricht (Redeliste)',
    badgeNext: 'Als Nächstes auf der Redeliste',
    menuAdd: 'Zur Redeliste hinzufügen',
    menuRemove: 'Von der Redeliste nehmen',
    announce: {
      started: ({ name }) => `Redeliste gestartet. ${or(name, 'Jemand')} spricht.`,
      speaking: ({ name }) => `${or(name, 'Jemand')} spricht jetzt.`,
      timeUp: ({ previous, name }) =>
        `Die Redezeit von ${or(previous, 'der sprechenden Person')} ist abgelaufen. ${or(name, 'Jemand')} spricht jetzt.`,
      yourTimeUp: ({ name }) => `Ihre Redezeit ist abgelaufen. ${or(name, 'Jemand')} spricht jetzt.`,
      yourTurn: ({ seconds }) =>
        typeof seconds === 'number'
          ? `Sie sind an der Reihe. Sie haben ${germanDuration(seconds)}.`
          : 'Sie sind an der Reihe.',
      youAreNext: () => 'Sie sind als Nächstes auf der Redeliste.',
      youWereRemoved: () => 'Sie wurden von der Redeliste genommen.',
      ended: ({ reason }) =>
        reason === 'stopped' ? 'Die Redeliste wurde beendet.' : 'Die Redeliste ist abgeschlossen.',
      alreadyRunning: () => 'Es läuft bereits eine Redeliste. Beenden Sie sie zuerst.',
      invalidDuration: ({ minSeconds, maxSeconds }) =>
        `Die Redezeit muss zwischen ${germanDuration(minSeconds)} und ${germanDuration(maxSeconds)} liegen.`,
      tooManySpeakers: ({ maxSpeakers }) => `Eine Redeliste fasst höchstens ${maxSpeakers} Personen.`,
      nobodyToList: () => 'Niemand kann auf die Redeliste gesetzt werden.',
      actionFailed: () =>
        'Das hat nicht geklappt. Vielleicht hat sich die Redeliste geändert, oder Sie haben keine Moderationsrechte mehr.',
    },
  },
};
