import type { ConnectionId, ParticipantId } from '@plenum/protocol';
import type { GuestLinkRef } from './RoomGuestLinks.js';

/**
 * A person's rights in this meeting. The host decides it when it asks the room to join them
 * (from identity and the room's owner); afterwards only `Room` changes it (promote, demote).
 * `owner` has every moderator right and can never be demoted.
 */
export type Role = 'owner' | 'moderator' | 'participant' | 'guest';
export type ParticipantKind = 'browser' | 'phone' | 'roomSystem' | 'recorder';
export type Presence = 'online' | 'reconnecting';
export type LeaveReason = 'left' | 'timedOut' | 'removed' | 'roomClosed' | 'sentToWaitingRoom';

/** The roles that may moderate; also the `roles` of a broadcast meant for moderators only. */
export const moderatorRoles: readonly Role[] = ['owner', 'moderator'];

/** Owner and moderators may moderate: admit, promote, demote, send back. */
export function isModerator(role: Role): boolean {
  return moderatorRoles.includes(role);
}

/**
 * Whether someone may ever hold moderator rights. Guests are not known to the tenant, and
 * phone callers and recorders cannot see or operate a moderation panel, so none of them may.
 */
export function mayModerate(who: { readonly role: Role; readonly kind: ParticipantKind }): boolean {
  return who.role !== 'guest' && (who.kind === 'browser' || who.kind === 'roomSystem');
}

/**
 * What a participant may do with their media, decided by moderators (through a module) and enforced by the media
 * module and the SFU. `microphone: false` means muted and unable to unmute (microphone restrictions); `screen`
 * defaults to the role (moderators share) unless a moderator granted or revoked it.
 */
export interface Permissions {
  readonly microphone: boolean;
  readonly screen: boolean;
}

/** Why the runtime removed someone (they are told; the others see them leave with `removed`). */
export type RemovalReason = 'kicked' | 'banned' | 'debrief' | 'meetingEnded';

/** The previous values of what changed about a participant (only the changed keys are present). */
export interface ParticipantChange {
  readonly role?: Role;
  readonly displayName?: string;
  readonly permissions?: Permissions;
  readonly group?: string | null;
}

/** One participant's change, as `onParticipantsUpdated` gets it: the participant now, and the previous values. */
export interface ParticipantUpdate {
  readonly participant: Participant;
  readonly change: ParticipantChange;
}

/** A participant as the runtime's roster holds it; modules get a read-only view. */
export interface Participant {
  readonly id: ParticipantId;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: ParticipantKind;
  /** The account behind the participant (`users.id`); null for guests, phone callers and the recorder. */
  readonly userId: string | null;
  /** Who this is across joins (the account, or the guest's session): what a ban refers to. Never shown. */
  readonly identity: string;
  /** The guest link a guest came through (absent for everyone else). Never shown, not even to moderators. */
  readonly guestLink?: GuestLinkRef | undefined;
  /** The breakout room they are in; null in the main room. Media and chat stay within a group. */
  readonly group: string | null;
  readonly permissions: Permissions;
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
