import type { RoomId } from '@plenum/protocol';

/** A room's telephone dial-in while it is enabled: what a caller keys in to reach the room. */
export interface RoomDialIn {
  readonly roomId: RoomId;
  /** 10 digits, unique across the installation (leading zeros kept). */
  readonly conferenceNumber: string;
  /** 10 digits. */
  readonly pin: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  /** ISO 8601, UTC: when the numbers were last generated. */
  readonly updatedAt: string;
}

/** What the SIP gateway learns from a conference number: the room, its tenant and the PIN to check. */
export interface DialInTarget extends RoomDialIn {
  readonly tenantId: string | null;
}
