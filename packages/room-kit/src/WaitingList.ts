import type { ConnectionId, ParticipantId, WaitingRoomMode } from '@plenum/protocol';
import type { ParticipantKind, Role } from './Participant.js';
import type { GuestLinkRef } from './RoomGuestLinks.js';

/** Who must wait for a moderator before entering: nobody, guests only, or everyone but owner and moderators. */
export type WaitingRoomPolicy = WaitingRoomMode;

/** Why someone stopped waiting. */
export type WaitingEnd = 'admitted' | 'rejected' | 'left' | 'roomClosed';

/**
 * A person in the waiting room. They are not a participant: no module but the one that shows
 * them to moderators learns of them, and they get no roster, no module state and no media.
 * `id` is the participant id they will have once admitted (their old one when sent back).
 */
export interface WaitingPerson {
  readonly id: ParticipantId;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: ParticipantKind;
  /** The account behind the person, if they signed in (kept when a moderator sends them back). */
  readonly userId: string | null;
  readonly identity: string;
  /** The guest link a guest came through (absent for everyone else); never shown. */
  readonly guestLink?: GuestLinkRef | undefined;
  /** When they started waiting, room clock. */
  readonly since: number;
  /** True when a moderator sent them back from the meeting. */
  readonly sentBack: boolean;
  /** Their live connections; when the last one drops they leave the list (no grace period). */
  readonly connections: readonly ConnectionId[];
}

interface WaitingRecord extends WaitingPerson {
  connections: ConnectionId[];
}

/**
 * Whether a newcomer must wait under `policy`. Owner and moderators never wait, and neither
 * does the recorder, which the server itself starts on a moderator's behalf.
 */
export function mustWait(policy: WaitingRoomPolicy, role: Role, kind: ParticipantKind): boolean {
  if (kind === 'recorder' || role === 'owner' || role === 'moderator') return false;
  switch (policy) {
    case 'off':
      return false;
    case 'guests':
      return role === 'guest';
    case 'everyone':
      return true;
  }
}

/** The waiting people of one room, in arrival order, with a lookup by connection kept in step. */
export class WaitingList {
  readonly #people = new Map<ParticipantId, WaitingRecord>();
  readonly #byConnection = new Map<ConnectionId, WaitingRecord>();

  get size(): number {
    return this.#people.size;
  }

  values(): IterableIterator<WaitingPerson> {
    return this.#people.values();
  }

  get(id: ParticipantId): WaitingPerson | undefined {
    return this.#people.get(id);
  }

  ofConnection(connection: ConnectionId): WaitingPerson | undefined {
    return this.#byConnection.get(connection);
  }

  add(person: WaitingPerson): WaitingPerson {
    const record: WaitingRecord = { ...person, connections: [...person.connections] };
    this.#people.set(record.id, record);
    for (const c of record.connections) this.#byConnection.set(c, record);
    return record;
  }

  /** Forgets one connection; returns the person and whether it was their last. */
  detach(connection: ConnectionId): { person: WaitingPerson; last: boolean } | undefined {
    const record = this.#byConnection.get(connection);
    if (!record) return undefined;
    this.#byConnection.delete(connection);
    record.connections = record.connections.filter((c) => c !== connection);
    return { person: record, last: record.connections.length === 0 };
  }

  remove(id: ParticipantId): WaitingPerson | undefined {
    const record = this.#people.get(id);
    if (!record) return undefined;
    this.#people.delete(id);
    for (const c of record.connections) this.#byConnection.delete(c);
    return record;
  }
}
