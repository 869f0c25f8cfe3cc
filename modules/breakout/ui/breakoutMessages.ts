import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { BreakoutAnnouncements, BreakoutErrorCode, RoomLabel } from '../client/breakoutAnnouncements.js';
import { breakoutLimits } from '../protocol.js';

/** All words of the breakout UI, per language. */
export interface BreakoutMessages extends ModuleMessages<BreakoutAnnouncements> {
  /** Toolbar button and panel heading. */
  readonly title: string;
  readonly closePanel: string;
  /** "Room 2", "Room 1: Nord", or "Main room" for null. */
  readonly room: (room: RoomLabel) => string;
  // ---- opening (moderators) ----
  readonly roomCount: string;
  readonly roomName: (number: number) => string;
  /** The disclosure that holds the name fields. */
  readonly roomNames: string;
  readonly roomNamesHint: string;
  readonly assignment: string;
  readonly random: string;
  readonly manual: string;
  readonly manualHint: string;
  /** Label of the room choice for one participant ("Room for Bob"). */
  readonly roomFor: (name: string) => string;
  readonly freeChoice: string;
  readonly duration: string;
  readonly durationHint: string;
  readonly open: string;
  // ---- running ----
  readonly youAreIn: (room: RoomLabel) => string;
  readonly timeLeft: (clock: string) => string;
  readonly closesIn: (clock: string) => string;
  readonly nobodyHere: string;
  readonly youAreHere: string;
  readonly goTo: (room: RoomLabel) => string;
  readonly returnToMain: string;
  readonly people: string;
  readonly messageLabel: string;
  readonly sendMessage: string;
  readonly messageFrom: (name: string) => string;
  readonly hideMessage: string;
  readonly closeAll: string;
  readonly closeAllHint: string;
  readonly closeNow: string;
  /** Why the server (or the form) refused; `limit` is the limit that was broken. */
  readonly error: (code: BreakoutErrorCode, limit: number) => string;
}

const en: BreakoutMessages = {
  title: 'Breakout rooms',
  closePanel: 'Close breakout rooms panel',
  room: (room) => (!room ? 'Main room' : room.name ? `Room ${room.number}: ${room.name}` : `Room ${room.number}`),
  roomCount: 'Number of rooms',
  roomName: (n) => `Name of room ${n}`,
  roomNames: 'Room names (optional)',
  roomNamesHint: `Names are optional (up to ${breakoutLimits.roomNameMaxLength} characters).`,
  assignment: 'Assignment',
  random: 'Random (evenly, moderators stay in the main room)',
  manual: 'Manual',
  manualHint: 'Choose a room for each person; everyone else stays in the main room.',
  roomFor: (name) => `Room for ${name}`,
  freeChoice: 'Participants may choose their room',
  duration: 'Duration in minutes (optional)',
  durationHint: 'One minute before the end, everyone is warned; then everyone returns to the main room.',
  open: 'Open breakout rooms',
  youAreIn: (room) => (room ? `You are in ${en.room(room)}` : 'You are in the main room'),
  timeLeft: (clock) => `${clock} left`,
  closesIn: (clock) => `Breakout rooms close in ${clock}`,
  nobodyHere: 'Nobody yet',
  youAreHere: 'You are here',
  goTo: (room) => (room ? `Go to ${en.room(room)}` : 'Return to main room'),
  returnToMain: 'Return to main room',
  people: 'People',
  messageLabel: 'Message to all rooms',
  sendMessage: 'Send to all rooms',
  messageFrom: (name) => (name ? `Message from ${name} to all rooms` : 'Message to all rooms'),
  hideMessage: 'Hide message',
  closeAll: 'Close all rooms',
  closeAllHint: 'Everyone is warned and returns to the main room after 60 seconds.',
  closeNow: 'Close now',
  error: (code, limit) => {
    switch (code) {
      case 'forbidden':
        return 'Only moderators can do that.';
      case 'alreadyRunning':
        return 'Breakout rooms are already open.';
      case 'notRunning':
        return 'No breakout rooms are open.';
      case 'invalidRoomCount':
        return `Choose between 1 and ${limit} rooms.`;
      case 'roomNameTooLong':
        return `Room names can have at most ${limit} characters.`;
      case 'invalidDuration':
        return `The duration must be between 1 and ${Math.floor(limit / 60)} minutes.`;
      case 'invalidWarning':
        return `The countdown can be at most ${limit} seconds.`;
      case 'roomOutOfRange':
        return `There are only ${limit} rooms.`;
      case 'unknownRoom':
        return 'That room is no longer open.';
      case 'unknownParticipant':
        return 'That person has left the meeting.';
      case 'cannotAssign':
        return 'The recording cannot be moved into a breakout room.';
      case 'emptyMessage':
        return 'Write a message first.';
      case 'messageTooLong':
        return `Messages can have at most ${limit} characters.`;
      case 'alreadyClosing':
        return 'The rooms are already closing sooner.';
      default:
        return 'That did not work.';
    }
  },
  announce: {
    started: ({ room }) => `Breakout rooms are open. ${en.youAreIn(room ?? null)}.`,
    movedYou: ({ room }) => (room ? `You are now in ${en.room(room)}.` : 'You are back in the main room.'),
    joinedYourRoom: ({ name }) => `${name || 'Someone'} joined this room`,
    leftYourRoom: ({ name }) => `${name || 'Someone'} left this room`,
    message: ({ name, text }) => `${en.messageFrom(name)}: ${text}`,
    closing: ({ seconds, timeUp }) =>
      `${timeUp ? 'Time is up. ' : ''}Breakout rooms close in ${seconds} seconds. Everyone then returns to the main room.`,
    closed: () => 'Breakout rooms are closed. You are back in the main room.',
    freeChoiceChanged: ({ freeChoice }) =>
      freeChoice ? 'You may now choose your breakout room.' : 'Breakout rooms can no longer be chosen freely.',
    refused: ({ code, limit }) => en.error(code, limit),
  },
};

const de: BreakoutMessages = {
  title: 'Gruppenräume',
  closePanel: 'Gruppenräume-Bereich schließen',
  room: (room) => (!room ? 'Hauptraum' : room.name ? `Raum ${room.number}: ${room.name}` : `Raum ${room.number}`),
  roomCount: 'Anzahl der Räume',
  roomName: (n) => `Name von Raum ${n}`,
  roomNames: 'Raumnamen (freiwillig)',
  roomNamesHint: `Namen sind freiwillig (bis zu ${breakoutLimits.roomNameMaxLength} Zeichen).`,
  assignment: 'Zuteilung',
  random: 'Zufällig (gleichmäßig, Moderation bleibt im Hauptraum)',
  manual: 'Von Hand',
  manualHint: 'Wählen Sie für jede Person einen Raum; alle anderen bleiben im Hauptraum.',
  roomFor: (name) => `Raum für ${name}`,
  freeChoice: 'Teilnehmende dürfen ihren Raum selbst wählen',
  duration: 'Dauer in Minuten (freiwillig)',
  durationHint: 'Eine Minute vor dem Ende werden alle gewarnt; dann kehren alle in den Hauptraum zurück.',
  open: 'Gruppenräume öffnen',
  youAreIn: (room) => (room ? `Sie sind in ${de.room(room)}` : 'Sie sind im Hauptraum'),
  timeLeft: (clock) => `noch ${clock}`,
  closesIn: (clock) => `Gruppenräume schließen in ${clock}`,
  nobodyHere: 'Noch niemand',
  youAreHere: 'Sie sind hier',
  goTo: (room) => (room ? `Zu ${de.room(room)} wechseln` : 'Zurück in den Hauptraum'),
  returnToMain: 'Zurück in den Hauptraum',
  people: 'Personen',
  messageLabel: 'Nachricht an alle Räume',
  sendMessage: 'An alle Räume senden',
  messageFrom: (name) => (name ? `Nachricht von ${name} an alle Räume` : 'Nachricht an alle Räume'),
  hideMessage: 'Nachricht ausblenden',
  closeAll: 'Alle Räume schließen',
  closeAllHint: 'Alle werden gewarnt und kehren nach 60 Sekunden in den Hauptraum zurück.',
  closeNow: 'Sofort schließen',
  error: (code, limit) => {
    switch (code) {
      case 'forbidden':
        return 'Das darf nur die Moderation.';
      case 'alreadyRunning':
        return 'Die Gruppenräume sind schon geöffnet.';
      case 'notRunning':
        return 'Es sind keine Gruppenräume geöffnet.';
      case 'invalidRoomCount':
        return `Wählen Sie zwischen 1 und ${limit} Räumen.`;
      case 'roomNameTooLong':
        return `Raumnamen dürfen höchstens ${limit} Zeichen haben.`;
      case 'invalidDuration':
        return `Die Dauer muss zwischen 1 und ${Math.floor(limit / 60)} Minuten liegen.`;
      case 'invalidWarning':
        return `Der Countdown darf höchstens ${limit} Sekunden dauern.`;
      case 'roomOutOfRange':
        return `Es gibt nur ${limit} Räume.`;
      case 'unknownRoom':
        return 'Dieser Raum ist nicht mehr geöffnet.';
      case 'unknownParticipant':
        return 'Diese Person hat die Besprechung verlassen.';
      case 'cannotAssign':
        return 'Die Aufzeichnung kann nicht in einen Gruppenraum wechseln.';
      case 'emptyMessage':
        return 'Schreiben Sie zuerst eine Nachricht.';
      case 'messageTooLong':
        return `Nachrichten dürfen höchstens ${limit} Zeichen haben.`;
      case 'alreadyClosing':
        return 'Die Räume schließen bereits früher.';
      default:
        return 'Das hat nicht geklappt.';
    }
  },
  announce: {
    started: ({ room }) => `Die Gruppenräume sind geöffnet. ${de.youAreIn(room ?? null)}.`,
    movedYou: ({ room }) => (room ? `Sie sind jetzt in ${de.room(room)}.` : 'Sie sind zurück im Hauptraum.'),
    joinedYourRoom: ({ name }) => `${name || 'Jemand'} ist diesem Raum beigetreten`,
    leftYourRoom: ({ name }) => `${name || 'Jemand'} hat diesen Raum verlassen`,
    message: ({ name, text }) => `${de.messageFrom(name)}: ${text}`,
    closing: ({ seconds, timeUp }) =>
      `${timeUp ? 'Die Zeit ist um. ' : ''}Die Gruppenräume schließen in ${seconds} Sekunden. Dann kehren alle in den Hauptraum zurück.`,
    closed: () => 'Die Gruppenräume sind geschlossen. Sie sind zurück im Hauptraum.',
    freeChoiceChanged: ({ freeChoice }) =>
      freeChoice
        ? 'Sie dürfen Ihren Gruppenraum jetzt selbst wählen.'
        : 'Die Gruppenräume sind nicht mehr frei wählbar.',
    refused: ({ code, limit }) => de.error(code, limit),
  },
};

export const breakoutMessages: Messages<BreakoutMessages> = { en, de };
