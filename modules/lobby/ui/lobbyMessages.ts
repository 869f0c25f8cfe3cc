import { formatLocale, type Locale } from '@plenum/client-kit';
import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { LobbyAnnouncements } from '../client/lobbyAnnouncements.js';
import type { LobbyUiMessages } from './lobbyUiMessages.js';

/** All words of the lobby's UI, per language. */
export interface LobbyMessages extends ModuleMessages<LobbyAnnouncements> {
  readonly panel: LobbyUiMessages;
  /** The toolbar button that opens the waiting-room panel. */
  readonly openPanel: string;
  /** The participant-list action of moderators. */
  readonly sendToWaitingRoom: string;
  /** Heading of the lobby's section in the moderation panel. */
  readonly moderationHeading: string;
  /** The visible notice above the stage while people wait: their names (first one, two, or one and a count). */
  readonly waitingNotice: (names: readonly string[]) => string;
  /** The notice's button that opens the waiting-room panel. */
  readonly openPanelAction: string;
}

/** In the UI's language, like every date and time of the app (`formatLocale`: English with a 24-hour clock). */
const time = (since: number, locale: Locale) =>
  new Date(since).toLocaleTimeString(formatLocale(locale), { hour: '2-digit', minute: '2-digit' });

export const lobbyMessages: Messages<LobbyMessages> = {
  en: {
    panel: {
      heading: (count) => `Waiting room (${count})`,
      close: 'Close waiting room panel',
      policyLegend: 'Who must wait',
      policies: { off: 'Off', guests: 'Guests only', everyone: 'Everyone except moderators' },
      guestLinksWaitHint:
        'Guests with a guest link wait here in any case: that is set in the room settings (Guest access: Through the waiting room).',
      nobodyWaiting: 'Nobody is waiting.',
      admit: 'Admit',
      reject: 'Reject',
      admitAll: 'Admit all',
      guest: 'Guest',
      participant: 'Participant',
      phone: 'by phone',
      waitingSince: (since) => `waiting since ${time(since, 'en')}`,
      sentBack: 'sent back',
    },
    openPanel: 'Waiting room',
    sendToWaitingRoom: 'Send to waiting room',
    moderationHeading: 'Waiting room',
    waitingNotice: (names) =>
      names.length === 1
        ? `${names[0]} is waiting`
        : names.length === 2
          ? `${names[0]} and ${names[1]} are waiting`
          : `${names[0]} and ${names.length - 1} others are waiting`,
    openPanelAction: 'Open waiting room',
    announce: {
      waitingStarted: ({ name }) => `${name} is waiting`,
      admitRoomFull: ({ maxParticipants }) =>
        `The meeting is full (${maxParticipants} participants). The others are still waiting.`,
      actionFailed: () => 'That did not work. You may no longer have moderator rights, or the person has left.',
      noModerator: () =>
        'No moderator is in the meeting any more. Nobody can let waiting people in until a moderator joins.',
      moderatorBack: () => 'A moderator is in the meeting again.',
    },
  },
  de: {
    panel: {
      heading: (count) => `Warteraum (${count})`,
      close: 'Warteraum-Bereich schließen',
      policyLegend: 'Wer warten muss',
      policies: { off: 'Aus', guests: 'Nur Gäste', everyone: 'Alle außer Moderation' },
      guestLinksWaitHint:
        'Gäste mit Gastlink warten hier in jedem Fall: So ist es in den Raumeinstellungen festgelegt (Gastzugang: Über den Warteraum).',
      nobodyWaiting: 'Niemand wartet.',
      admit: 'Hereinlassen',
      reject: 'Ablehnen',
      admitAll: 'Alle hereinlassen',
      guest: 'Gast',
      participant: 'Teilnehmende Person',
      phone: 'per Telefon',
      waitingSince: (since) => `wartet seit ${time(since, 'de')} Uhr`,
      sentBack: 'zurückgeschickt',
    },
    openPanel: 'Warteraum',
    sendToWaitingRoom: 'In den Warteraum schicken',
    moderationHeading: 'Warteraum',
    waitingNotice: (names) =>
      names.length === 1
        ? `${names[0]} wartet`
        : names.length === 2
          ? `${names[0]} und ${names[1]} warten`
          : `${names[0]} und ${names.length - 1} weitere warten`,
    openPanelAction: 'Warteraum öffnen',
    announce: {
      waitingStarted: ({ name }) => `${name} wartet`,
      admitRoomFull: ({ maxParticipants }) =>
        `Die Besprechung ist voll (${maxParticipants} Teilnehmende). Die anderen warten weiter.`,
      actionFailed: () =>
        'Das hat nicht geklappt. Vielleicht haben Sie keine Moderationsrechte mehr, oder die Person ist gegangen.',
      noModerator: () =>
        'Niemand von der Moderation ist mehr in der Besprechung. Wartende kann erst wieder jemand hereinlassen, wenn die Moderation beitritt.',
      moderatorBack: () => 'Die Moderation ist wieder in der Besprechung.',
    },
  },
};
