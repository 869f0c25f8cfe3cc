import type { AnnouncementOf, ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { LobbyProtocol } from '../protocol.js';
import type { LobbyState } from './lobbyReducer.js';

/** What the lobby announces, with the parameters of each (the UI has the words). */
export type LobbyAnnouncements = {
  /** To moderators, with the chime: someone started waiting. */
  readonly waitingStarted: { readonly name: string };
  /** A notice: admitting would exceed the room's seats; those who did not fit still wait. */
  readonly admitRoomFull: { readonly maxParticipants: number };
  /** A notice: an admit, reject or send-back was refused (rights lost, person gone). */
  readonly actionFailed: Readonly<Record<string, never>>;
  /** A notice while it holds: the last moderator left, nobody can let waiting people in or moderate. */
  readonly noModerator: Readonly<Record<string, never>>;
  /** A moderator is in the meeting again (ends the notice above). */
  readonly moderatorBack: Readonly<Record<string, never>>;
};

/** The topic of the moderator-presence announcements: a newer one replaces or ends the older. */
const moderators = 'moderators';

/**
 * A moderator hears (and is told the name) when someone starts waiting; a refused command is
 * shown as a notice. `notWaiting` says nothing: someone else was quicker, or the person left,
 * and the list is already up to date. When the last moderator goes, everyone left sees a notice
 * that stays until a moderator is back, which is then said (not to the moderator who came).
 */
export function announceLobby(
  input: ModuleInput<LobbyProtocol>,
  _state: LobbyState,
  context: ModuleContext,
): AnnouncementOf<LobbyAnnouncements> | null {
  if (input.type === 'event') {
    const event = input.event;
    switch (event.event) {
      case 'waitingStarted':
        return { key: 'waitingStarted', params: { name: event.person.displayName }, sound: true };
      case 'moderatorPresence':
        if (!event.present) return { key: 'noModerator', params: {}, notice: true, topic: moderators };
        return context.self.moderator ? null : { key: 'moderatorBack', params: {}, topic: moderators };
      case 'waitingEnded':
      case 'waitingList':
      case 'waitingRoomChanged':
      case 'guestLinksWaitChanged':
        return null;
      default:
        return assertNever(event);
    }
  }
  if (input.type !== 'error') return null;
  const error = input.error;
  switch (error.error) {
    case 'roomFull':
      return { key: 'admitRoomFull', params: { maxParticipants: error.maxParticipants }, notice: true };
    case 'forbidden':
    case 'unknownParticipant':
    case 'cannotSendBackModerator':
      return { key: 'actionFailed', params: {}, notice: true };
    case 'notWaiting':
      return null;
    default:
      return assertNever(error);
  }
}
