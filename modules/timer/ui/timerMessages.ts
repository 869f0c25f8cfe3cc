import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { TimerAnnouncements } from '../client/timerAnnouncements.js';

/** The words of the running timer (toolbar, panel, coffee-break overlay). */
export interface TimerViewMessages {
  readonly heading: string;
  readonly close: string;
  readonly timeLeft: string;
  readonly timeElapsed: string;
  readonly coffeeBreak: string;
  /** The ready toggle (a pressed button). */
  readonly ready: string;
  readonly readyCount: (ready: number, total: number) => string;
  readonly readyPeople: string;
  readonly notReadyPeople: string;
  readonly nobody: string;
  readonly stop: string;
  readonly noTimer: string;
}

/** The words of the start form in the moderation panel. */
export interface StartTimerMessages {
  readonly formLabel: string;
  readonly kind: string;
  readonly countdown: string;
  readonly stopwatch: string;
  readonly title: string;
  readonly minutes: string;
  readonly readyCheck: string;
  readonly coffeeBreak: string;
  readonly start: string;
  readonly minutesInvalid: (maxMinutes: number) => string;
  readonly running: (title: string) => string;
}

/** All words of the timer UI, per language. */
export interface TimerMessages extends ModuleMessages<TimerAnnouncements> {
  /** The toolbar button that opens the timer panel. */
  readonly openPanel: string;
  /** Heading of the timer section in the moderation panel. */
  readonly moderationHeading: string;
  readonly view: TimerViewMessages;
  readonly form: StartTimerMessages;
}

const named = (title: string, text: string) => (title ? `${text}: ${title}` : text);

export const timerMessages: Messages<TimerMessages> = {
  en: {
    openPanel: 'Timer',
    moderationHeading: 'Timer',
    view: {
      heading: 'Timer',
      close: 'Close timer',
      timeLeft: 'Time left',
      timeElapsed: 'Time elapsed',
      coffeeBreak: 'Coffee break',
      ready: 'Ready',
      readyCount: (ready, total) => `${ready} of ${total} ready`,
      readyPeople: 'Ready',
      notReadyPeople: 'Not ready yet',
      nobody: 'Nobody',
      stop: 'Stop timer',
      noTimer: 'No timer is running.',
    },
    form: {
      formLabel: 'Start a timer',
      kind: 'Kind',
      countdown: 'Countdown',
      stopwatch: 'Stopwatch',
      title: 'Title (optional)',
      minutes: 'Minutes',
      readyCheck: 'Ask everyone to say when they are ready',
      coffeeBreak: 'Coffee break: cover the screen with the time left',
      start: 'Start timer',
      minutesInvalid: (max) => `Enter the minutes as a number up to ${max}.`,
      running: (title) => named(title, 'A timer is running'),
    },
    announce: {
      timerStarted: ({ title, kind, minutes, readyCheck }) =>
        `${named(title, kind === 'countdown' ? `Timer started for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : 'Stopwatch started')}${readyCheck ? '. Please say when you are ready.' : ''}`,
      oneMinuteLeft: ({ title }) => named(title, 'One minute left'),
      timeUp: ({ title }) => named(title, 'Time is up'),
      timerStopped: ({ title }) => named(title, 'Timer stopped'),
      youAreReady: () => 'You are marked as ready.',
      youAreNotReady: () => 'You are no longer marked as ready.',
      allReady: ({ total }) => `Everyone is ready (${total}).`,
      timerRunning: () => 'A timer is already running. Stop it first.',
      titleTooLong: ({ maxLength }) => `The title may have at most ${maxLength} characters.`,
      durationInvalid: ({ minSeconds, maxSeconds }) =>
        `The time must be between ${minSeconds} second and ${maxSeconds / 3600} hours.`,
      timerGone: () => 'This timer is no longer running.',
      notAllowed: () => 'That is not possible for you.',
    },
  },
  de: {
    openPanel: 'Timer',
    moderationHeading: 'Timer',
    view: {
      heading: 'Timer',
      close: 'Timer schließen',
      timeLeft: 'Verbleibende Zeit',
      timeElapsed: 'Vergangene Zeit',
      coffeeBreak: 'Kaffeepause',
      ready: 'Bereit',
      readyCount: (ready, total) => `${ready} von ${total} bereit`,
      readyPeople: 'Bereit',
      notReadyPeople: 'Noch nicht bereit',
      nobody: 'Niemand',
      stop: 'Timer beenden',
      noTimer: 'Es läuft kein Timer.',
    },
    form: {
      formLabel: 'Timer starten',
      kind: 'Art',
      countdown: 'Countdown',
      stopwatch: 'Stoppuhr',
      title: 'Titel (optional)',
      minutes: 'Minuten',
      readyCheck: 'Alle bitten, Bescheid zu geben, wenn sie bereit sind',
      coffeeBreak: 'Kaffeepause: den Bildschirm mit der verbleibenden Zeit bedecken',
      start: 'Timer starten',
      minutesInvalid: (max) => `Geben Sie die Minuten als Zahl bis ${max} ein.`,
      running: (title) => named(title, 'Ein Timer läuft'),
    },
    announce: {
      timerStarted: ({ title, kind, minutes, readyCheck }) =>
        `${named(title, kind === 'countdown' ? `Timer für ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} gestartet` : 'Stoppuhr gestartet')}${readyCheck ? '. Bitte geben Sie Bescheid, wenn Sie bereit sind.' : ''}`,
      oneMinuteLeft: ({ title }) => named(title, 'Noch eine Minute'),
      timeUp: ({ title }) => named(title, 'Die Zeit ist um'),
      timerStopped: ({ title }) => named(title, 'Timer beendet'),
      youAreReady: () => 'Sie sind als bereit markiert.',
      youAreNotReady: () => 'Sie sind nicht mehr als bereit markiert.',
      allReady: ({ total }) => `Alle sind bereit (${total}).`,
      timerRunning: () => 'Es läuft bereits ein Timer. Beenden Sie ihn zuerst.',
      titleTooLong: ({ maxLength }) => `Der Titel darf höchstens ${maxLength} Zeichen haben.`,
      durationInvalid: ({ minSeconds, maxSeconds }) =>
        `Die Zeit muss zwischen ${minSeconds} Sekunde und ${maxSeconds / 3600} Stunden liegen.`,
      timerGone: () => 'Dieser Timer läuft nicht mehr.',
      notAllowed: () => 'Das ist für Sie nicht möglich.',
    },
  },
};
