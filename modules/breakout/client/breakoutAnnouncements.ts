import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever, type ErrorOf } from '@plenum/protocol';
import type { BreakoutProtocol, BreakoutRoomInfo } from '../protocol.js';
import type { BreakoutState } from './breakoutReducer.js';

/** A room as the words need it: its number, and its name if it has one. Null: the main room. */
export type RoomLabel = { readonly number: number; readonly name: string | null } | null;

export type BreakoutErrorCode = ErrorOf<BreakoutProtocol>['error'];

/** What the breakout module announces, with the parameters of each (the UI has the words). */
export type BreakoutAnnouncements = {
  /** The rooms opened; where this client is now. */
  readonly started: { readonly room: RoomLabel };
  /** This client was moved (or moved itself). */
  readonly movedYou: { readonly room: RoomLabel };
  /** Someone else came into the room this client is in (a breakout room or the main room), or left it for another. */
  readonly joinedYourRoom: { readonly name: string };
  readonly leftYourRoom: { readonly name: string };
  /** A moderator's message to all rooms, with the chime. */
  readonly message: { readonly name: string; readonly text: string };
  /** The rooms close in `seconds`, with the chime. */
  readonly closing: { readonly seconds: number; readonly timeUp: boolean };
  /** The rooms closed; this client is back in the main room. */
  readonly closed: Readonly<Record<string, never>>;
  readonly freeChoiceChanged: { readonly freeChoice: boolean };
  /** A notice: one of this client's commands was refused; `limit` is the limit it broke (0 when none). */
  readonly refused: { readonly code: BreakoutErrorCode; readonly limit: number };
};

function label(room: BreakoutRoomInfo | undefined): RoomLabel {
  return room ? { number: room.number, name: room.name } : null;
}

/** The number an error carries as its broken limit, for the words. */
export function limitOf(error: ErrorOf<BreakoutProtocol>): number {
  switch (error.error) {
    case 'invalidRoomCount':
      return error.maxRooms;
    case 'roomNameTooLong':
    case 'messageTooLong':
      return error.maxLength;
    case 'invalidDuration':
    case 'invalidWarning':
      return error.maxSeconds;
    case 'roomOutOfRange':
      return error.maxRoom;
    case 'forbidden':
    case 'alreadyRunning':
    case 'notRunning':
    case 'unknownRoom':
    case 'unknownParticipant':
    case 'cannotAssign':
    case 'emptyMessage':
    case 'alreadyClosing':
      return 0;
    default:
      return assertNever(error);
  }
}

/**
 * Everyone hears where they are when the rooms open, when they are moved, who comes into or leaves their own room
 * while the rooms are open (as the core says who joins or leaves the meeting; moves between other rooms are not
 * said, the room list shows them), the moderators' messages and the closing countdown (with the chime), and that
 * they are back; a refused command is a notice.
 */
export function announceBreakout(
  input: ModuleInput<BreakoutProtocol>,
  state: BreakoutState,
  context: ModuleContext,
): AnnouncementOf<BreakoutAnnouncements> | null {
  if (input.type === 'error')
    return { key: 'refused', params: { code: input.error.error, limit: limitOf(input.error) }, notice: true };
  if (input.type !== 'event') return null;
  const event = input.event;
  const me = context.self.participantId;
  if (event.event === 'started') {
    const mine = event.assignments.find((a) => a.participantId === me)?.roomId;
    return { key: 'started', params: { room: label(event.rooms.find((r) => r.id === mine)) }, sound: true };
  }
  // Like the reducer, ignore news of rooms this client does not know are open.
  const session = state.session;
  if (!session) return null;
  switch (event.event) {
    case 'moved': {
      if (event.participantId === me)
        return { key: 'movedYou', params: { room: label(session.rooms.find((r) => r.id === event.roomId)) } };
      const mine = session.assignments[me] ?? null;
      const from = session.assignments[event.participantId] ?? null;
      if (from === event.roomId) return null;
      const name = nameOf(context, event.participantId);
      if (event.roomId === mine) return { key: 'joinedYourRoom', params: { name } };
      return from === mine ? { key: 'leftYourRoom', params: { name } } : null;
    }
    case 'message':
      return { key: 'message', params: { name: nameOf(context, event.from), text: event.text }, sound: true };
    case 'closing':
      return {
        key: 'closing',
        params: { seconds: Math.round((event.endsAt - event.serverNow) / 1000), timeUp: event.reason === 'timeUp' },
        sound: true,
      };
    case 'closed':
      return { key: 'closed', params: {} };
    case 'freeChoiceChanged':
      return session.freeChoice === event.freeChoice
        ? null
        : { key: 'freeChoiceChanged', params: { freeChoice: event.freeChoice } };
    default:
      return assertNever(event);
  }
}
