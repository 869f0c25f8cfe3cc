import type { EntryRole } from '@plenum/protocol';
import type { RoomInit } from '../rooms/RoomHost.js';

/** What a signalling ticket lets its holder do: decided over REST, carried out when the WebSocket joins. */
export interface EntryGrant {
  readonly role: EntryRole;
  /** `users.id` of a signed-in user; null for guests. */
  readonly userId: string | null;
  /** Who this is across joins (`user:<id>` or `guest:<session hash>`): what a ban refers to. */
  readonly identity: string;
  /** A guest link through the waiting room: this guest waits whatever the room's policy. */
  readonly mustWait: boolean;
  /** How the room starts if this join opens it. */
  readonly room: RoomInit;
}
