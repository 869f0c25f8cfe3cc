import type { EntryRole } from '@plenum/protocol';
import type { GuestLinkRef, ParticipantKind } from '@plenum/room-kit';
import type { RoomInit } from '../rooms/RoomHost.js';

/** What a signalling ticket lets its holder do: decided over REST, carried out when the WebSocket joins. */
export interface EntryGrant {
  readonly role: EntryRole;
  /** What joins: a browser, or a telephone caller brought in by the SIP gateway. */
  readonly kind: Extract<ParticipantKind, 'browser' | 'phone'>;
  /** A name the join must use instead of the one it sends (a caller's masked number); null: the join names itself. */
  readonly displayName: string | null;
  /** `users.id` of a signed-in user; null for guests. */
  readonly userId: string | null;
  /** Who this is across joins (`user:<id>` or `guest:<session hash>`): what a ban refers to. */
  readonly identity: string;
  /** A guest link through the waiting room: this guest waits whatever the room's policy. */
  readonly mustWait: boolean;
  /** The guest link a guest came through (null for everyone else): carried into the room, never to a client. */
  readonly guestLink: GuestLinkRef | null;
  /** How the room starts if this join opens it. */
  readonly room: RoomInit;
}
