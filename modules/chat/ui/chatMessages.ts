import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { ChatAnnouncements } from '../client/chatAnnouncements.js';
import type { ChatUiMessages } from './chatUiMessages.js';

/** All words of the chat's UI, per language. */
export interface ChatMessages extends ModuleMessages<ChatAnnouncements> {
  readonly panel: ChatUiMessages;
  /** The toolbar button that opens the chat panel. */
  readonly openPanel: string;
}

const time = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

const dateTime = (at: number, locale: string) =>
  new Date(at).toLocaleString(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

const days = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const chatMessages: Messages<ChatMessages> = {
  en: {
    openPanel: 'Chat',
    panel: {
      heading: 'Chat',
      close: 'Close chat',
      conversation: 'Conversation',
      conversationsGroup: 'Conversations',
      writePrivatelyGroup: 'Write privately to',
      everyone: 'Everyone',
      everyoneInRoom: 'Everyone in this room',
      asGuest: (name) => `${name} (guest)`,
      asModerator: (name) => `${name} (moderator)`,
      breakoutNotice:
        'Only the people in this breakout room read these messages. They are deleted when the breakout rooms close.',
      withUnread: (name, count) => `${name} (${count} unread)`,
      roomLog: 'Messages to everyone',
      breakoutLog: 'Messages to everyone in this room',
      privateLog: (name) => `Private messages with ${name}`,
      noMessages: 'No messages yet.',
      newMessages: 'New messages below',
      you: 'You',
      unknown: 'Unknown',
      time: (at) => time(at, 'en-GB'),
      dateTime: (at) => dateTime(at, 'en-GB'),
      earlierMeetings: 'From earlier meetings',
      thisMeeting: 'This meeting',
      keptNotice: (n) =>
        `Messages to everyone are kept for ${days(n, 'day', 'days')}: everyone who joins this room later, guests included, can read them. Private messages are never kept.`,
      inputRoom: 'Message to everyone',
      inputBreakout: 'Message to everyone in this room',
      inputPrivate: (name) => `Private message to ${name}`,
      inputHint: 'Enter sends, Shift+Enter starts a new line.',
      send: 'Send',
      counter: (count, max) => `${count} / ${max}`,
      characterCount: (count, max) => `${count} of ${max} characters`,
      charactersLeft: (count) => (count === 1 ? '1 character left' : `${count} characters left`),
      limitReached: (max) => `Limit of ${max} characters reached. Nothing more can be typed.`,
      paced: (seconds) =>
        `Not sent yet: you are writing faster than the chat allows. Send it again in ${seconds === 1 ? '1 second' : `${seconds} seconds`}.`,
      switchedOff: 'A moderator has switched chat off. You can still read the messages.',
      switchedOffModerator: 'Chat is switched off for participants. As a moderator you can still write.',
      partnerUnavailable: (name) => `${name} is no longer in this room.`,
      clear: 'Clear chat',
      clearQuestion: 'Clear the chat for everyone in this room? This cannot be undone.',
      clearConfirm: 'Clear for everyone',
      clearCancel: 'Cancel',
    },
    announce: {
      newMessage: ({ name }) => `New message from ${name}`,
      newPrivateMessage: ({ name }) => `New private message from ${name}`,
      historyCleared: ({ name }) => `${name} cleared the chat`,
      slowDown: ({ seconds }) =>
        `Slow down: you can send your next message in ${seconds === 1 ? '1 second' : `${seconds} seconds`}.`,
      tooLong: ({ maxLength }) => `The message is too long: at most ${maxLength} characters.`,
      empty: () => 'The message is empty.',
      recipientGone: () => 'That person is no longer in the meeting. The message was not sent.',
      recipientElsewhere: () => 'That person is in another room now. The message was not sent.',
      recipientCannotRead: () => 'That person cannot read chat messages. The message was not sent.',
      notAllowed: () => 'Only moderators can do that.',
      switchedOff: () => 'A moderator has switched chat off. You can still read the messages.',
      switchedOn: () => 'A moderator has switched chat on again. You can write messages.',
      switchedOffForOthers: () => 'Chat is switched off for participants. As a moderator you can still write.',
      switchedOnForOthers: () => 'Chat is on again for everyone.',
      refusedSwitchedOff: () => 'A moderator has switched chat off. Your message was not sent.',
    },
  },
  de: {
    openPanel: 'Chat',
    panel: {
      heading: 'Chat',
      close: 'Chat schließen',
      conversation: 'Unterhaltung',
      conversationsGroup: 'Unterhaltungen',
      writePrivatelyGroup: 'Privat schreiben an',
      everyone: 'Alle',
      everyoneInRoom: 'Alle in diesem Raum',
      asGuest: (name) => `${name} (Gast)`,
      asModerator: (name) => `${name} (Moderation)`,
      breakoutNotice:
        'Nur die Personen in diesem Gruppenraum lesen diese Nachrichten. Sie werden gelöscht, wenn die Gruppenräume schließen.',
      withUnread: (name, count) => `${name} (${count} ungelesen)`,
      roomLog: 'Nachrichten an alle',
      breakoutLog: 'Nachrichten an alle in diesem Raum',
      privateLog: (name) => `Private Nachrichten mit ${name}`,
      noMessages: 'Noch keine Nachrichten.',
      newMessages: 'Neue Nachrichten unten',
      you: 'Sie',
      unknown: 'Unbekannt',
      time: (at) => `${time(at, 'de-DE')} Uhr`,
      dateTime: (at) => `${dateTime(at, 'de-DE')} Uhr`,
      earlierMeetings: 'Aus früheren Besprechungen',
      thisMeeting: 'Diese Besprechung',
      keptNotice: (n) =>
        `Nachrichten an alle werden ${days(n, 'Tag', 'Tage')} aufbewahrt: Alle, die diesen Raum später betreten, auch Gäste, können sie lesen. Private Nachrichten werden nie aufbewahrt.`,
      inputRoom: 'Nachricht an alle',
      inputBreakout: 'Nachricht an alle in diesem Raum',
      inputPrivate: (name) => `Private Nachricht an ${name}`,
      inputHint: 'Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile.',
      send: 'Senden',
      counter: (count, max) => `${count} / ${max}`,
      characterCount: (count, max) => `${count} von ${max} Zeichen`,
      charactersLeft: (count) => (count === 1 ? 'Noch 1 Zeichen' : `Noch ${count} Zeichen`),
      limitReached: (max) => `Die Grenze von ${max} Zeichen ist erreicht. Mehr lässt sich nicht eingeben.`,
      paced: (seconds) =>
        `Noch nicht gesendet: Sie schreiben schneller, als der Chat erlaubt. Senden Sie die Nachricht in ${seconds === 1 ? '1 Sekunde' : `${seconds} Sekunden`} noch einmal.`,
      switchedOff: 'Die Moderation hat den Chat ausgeschaltet. Sie können die Nachrichten weiterhin lesen.',
      switchedOffModerator: 'Der Chat ist für Teilnehmende ausgeschaltet. Als Moderation können Sie weiter schreiben.',
      partnerUnavailable: (name) => `${name} ist nicht mehr in diesem Raum.`,
      clear: 'Chat leeren',
      clearQuestion: 'Den Chat für alle in diesem Raum leeren? Das lässt sich nicht rückgängig machen.',
      clearConfirm: 'Für alle leeren',
      clearCancel: 'Abbrechen',
    },
    announce: {
      newMessage: ({ name }) => `Neue Nachricht von ${name}`,
      newPrivateMessage: ({ name }) => `Neue private Nachricht von ${name}`,
      historyCleared: ({ name }) => `${name} hat den Chat geleert`,
      slowDown: ({ seconds }) =>
        `Bitte langsamer: Ihre nächste Nachricht können Sie in ${seconds === 1 ? '1 Sekunde' : `${seconds} Sekunden`} senden.`,
      tooLong: ({ maxLength }) => `Die Nachricht ist zu lang: höchstens ${maxLength} Zeichen.`,
      empty: () => 'Die Nachricht ist leer.',
      recipientGone: () => 'Diese Person ist nicht mehr in der Besprechung. Die Nachricht wurde nicht gesendet.',
      recipientElsewhere: () => 'Diese Person ist jetzt in einem anderen Raum. Die Nachricht wurde nicht gesendet.',
      recipientCannotRead: () => 'Diese Person kann keine Chat-Nachrichten lesen. Die Nachricht wurde nicht gesendet.',
      notAllowed: () => 'Das darf nur die Moderation.',
      switchedOff: () => 'Die Moderation hat den Chat ausgeschaltet. Sie können die Nachrichten weiterhin lesen.',
      switchedOn: () => 'Die Moderation hat den Chat wieder eingeschaltet. Sie können Nachrichten schreiben.',
      switchedOffForOthers: () =>
        'Der Chat ist für Teilnehmende ausgeschaltet. Als Moderation können Sie weiter schreiben.',
      switchedOnForOthers: () => 'Der Chat ist wieder für alle eingeschaltet.',
      refusedSwitchedOff: () => 'Die Moderation hat den Chat ausgeschaltet. Ihre Nachricht wurde nicht gesendet.',
    },
  },
};
