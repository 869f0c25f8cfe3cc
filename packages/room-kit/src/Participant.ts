import type { ConnectionId, ParticipantId } from '@plenum/protocol';

export type Role = 'moderator' | 'participant' | 'guest';
export type ParticipantKind = 'browser' | 'phone' | 'roomSystem' | 'recorder';
export type Presence = 'online' | 'reconnecting';
export type LeaveReason = 'left' | 'timedOut' | 'removed' | 'roomClosed';

/** A participant as the runtime's roster holds it; modules get a read-only view. */
export interface Participant {
  readonly id: ParticipantId;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: ParticipantKind;
  readonly joinedAt: number;
  readonly presence: Presence;
  /** Live connections (devices) of this participant, oldest first; empty during the grace period. */
  readonly connections: readonly ConnectionId[];
}

/** Who sent a command: the participant, the connection (device) and the command's id. */
export interface Issuer {
  readonly participant: Participant;
  readonly connectionId: ConnectionId;
  readonly commandId: string | undefined;
}
