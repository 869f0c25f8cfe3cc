import type { ConnectionId, ParticipantId } from '@plenum/protocol';
import type { BroadcastOptions } from './ModuleContext.js';
import {
  isModerator,
  type Participant,
  type ParticipantKind,
  type Permissions,
  type Presence,
  type Role,
} from './Participant.js';
import type { GuestLinkRef } from './RoomGuestLinks.js';

/** Screen sharing follows the role unless a moderator decided otherwise. */
export function effectivePermissions(role: Role, screenGrant: boolean | null, microphone: boolean): Permissions {
  return { microphone, screen: screenGrant ?? isModerator(role) };
}

/** The runtime's mutable record behind the read-only `Participant` view. */
export interface ParticipantRecord extends Participant {
  presence: Presence;
  /** Changed only by `Room` (promote, demote), which then tells the modules. */
  role: Role;
  displayName: string;
  group: string | null;
  permissions: Permissions;
  /** A moderator's explicit screen-share decision; null follows the role. */
  screenGrant: boolean | null;
  /** False under microphone restrictions. */
  microphoneAllowed: boolean;
  connections: ConnectionId[];
  /** Proves a reconnecting client is this participant; compared in constant time, never logged. */
  readonly resumeSecret: string;
  /** Fires the leave when the grace period after the last connection dropped runs out. */
  graceTimer: { cancel(): void } | undefined;
}

export interface NewParticipant {
  readonly id: ParticipantId;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: ParticipantKind;
  readonly userId: string | null;
  readonly identity: string;
  readonly guestLink?: GuestLinkRef | undefined;
  readonly joinedAt: number;
  readonly resumeSecret: string;
}

/** Participants and their connections, with both lookups kept in step. */
export class Roster {
  readonly #participants = new Map<ParticipantId, ParticipantRecord>();
  readonly #byConnection = new Map<ConnectionId, ParticipantRecord>();

  get size(): number {
    return this.#participants.size;
  }

  values(): IterableIterator<ParticipantRecord> {
    return this.#participants.values();
  }

  get(id: ParticipantId): ParticipantRecord | undefined {
    return this.#participants.get(id);
  }

  ofConnection(connection: ConnectionId): ParticipantRecord | undefined {
    return this.#byConnection.get(connection);
  }

  add(p: NewParticipant, connection: ConnectionId): ParticipantRecord {
    const record: ParticipantRecord = {
      ...p,
      presence: 'online',
      connections: [connection],
      graceTimer: undefined,
      group: null,
      screenGrant: null,
      microphoneAllowed: true,
      permissions: effectivePermissions(p.role, null, true),
    };
    this.#participants.set(p.id, record);
    this.#byConnection.set(connection, record);
    return record;
  }

  attach(record: ParticipantRecord, connection: ConnectionId): void {
    record.connections.push(connection);
    this.#byConnection.set(connection, record);
  }

  detach(connection: ConnectionId): ParticipantRecord | undefined {
    const record = this.#byConnection.get(connection);
    if (!record) return undefined;
    this.#byConnection.delete(connection);
    record.connections = record.connections.filter((c) => c !== connection);
    return record;
  }

  remove(record: ParticipantRecord): void {
    for (const c of record.connections) this.#byConnection.delete(c);
    record.connections = [];
    this.#participants.delete(record.id);
  }

  /** The connections of every participant the filter lets through; its options combine. */
  connections(filter: BroadcastOptions): ConnectionId[] {
    const { except, group, roles } = filter;
    const out: ConnectionId[] = [];
    for (const p of this.#participants.values()) {
      if (p.id === except || (group !== undefined && p.group !== group)) continue;
      if (roles === undefined || roles.includes(p.role)) out.push(...p.connections);
    }
    return out;
  }
}
