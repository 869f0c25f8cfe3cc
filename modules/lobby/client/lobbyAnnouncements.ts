import type { AnnouncementOf, ModuleInput } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { LobbyProtocol } from '../protocol.js';

/** What the lobby announces, with the parameters of each (the UI has the words). */
export type LobbyAnnouncements = {
  /** To moderators, with the chime: someone started waiting. */
  readonly waitingStarted: { readonly name: string };
  /** A notice: admitting would exceed the room's seats; those who did not fit still wait. */
  readonly admitRoomFull: { readonly maxParticipants: number };
  /** A notice: an admit, reject or send-back was refused (rights lost, person gone). */
  readonly actionFailed: Readonly<Record<string, never>>;
};

/**
 * A moderator hears (and is told the name) when someone starts waiting; a refused command is
 * shown as a notice. `notWaiting` says nothing: someone else was quicker, or the person left,
 * and the list is already up to date.
 */
export function announceLobby(input: ModuleInput<LobbyProtocol>): AnnouncementOf<LobbyAnnouncements> | null {
  if (input.type === 'event') {
    return input.event.event === 'waitingStarted'
      ? { key: 'waitingStarted', params: { name: input.event.person.displayName }, sound: true }
      : null;
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
