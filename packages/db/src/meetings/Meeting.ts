import type { AssetVisibilityColumn, ParticipantKindColumn, RoleColumn } from '../Database.js';

/** Who besides the room's owner may download an asset: the meeting's moderators, or everyone who attended. */
export type AssetVisibility = AssetVisibilityColumn;

/** One run of a room's runtime. Times are ISO 8601 strings (UTC, ms), as everywhere in this package. */
export interface Meeting {
  readonly id: string;
  readonly roomId: string;
  readonly tenantId: string;
  /** The room's title when the meeting started. */
  readonly title: string;
  readonly startedAt: string;
  /** Null while it runs, or when the node running it stopped without closing it. */
  readonly endedAt: string | null;
}

/** What the room host knows when a room's runtime starts. */
export interface NewMeeting {
  readonly id: string;
  readonly roomId: string;
  readonly startedAt: Date;
  /** When the presence rows of this meeting are deleted (the retention in force when it started). */
  readonly presenceExpiresAt: Date;
}

/** One participant session, as the runtime reports a join. */
export interface NewPresence {
  readonly meetingId: string;
  readonly participantId: string;
  /** Groups one person's sessions within the meeting (see `personKeyOf`). */
  readonly personKey: string;
  readonly kind: ParticipantKindColumn;
  readonly role: RoleColumn;
  readonly userId: string | null;
  /** The name shown when they joined (cut to 200 characters). */
  readonly displayName: string;
  readonly joinedAt: Date;
}

/** A stored session; `leftAt` null while it lasts (or when the meeting was never closed). */
export interface PresenceSession {
  readonly participantId: string;
  readonly personKey: string;
  readonly kind: ParticipantKindColumn;
  readonly role: RoleColumn;
  readonly userId: string | null;
  readonly displayName: string;
  readonly joinedAt: string;
  readonly leftAt: string | null;
}

/** One person's attendance of one meeting: what the attendance report lists. */
export interface AttendanceEntry {
  readonly personKey: string;
  /** The name of their latest session. */
  readonly displayName: string;
  /** The kind of their first session (a person is one device kind in practice; a phone has no account). */
  readonly kind: ParticipantKindColumn;
  /** The highest role they held at any join (owner > moderator > participant > guest). */
  readonly role: RoleColumn;
  readonly userId: string | null;
  /** Only when asked for (and only for signed-in users); otherwise absent. */
  readonly email?: string | null;
  readonly firstJoin: string;
  readonly lastLeave: string;
  /**
   * When they were present, in order: their sessions merged where they overlap or touch, so a gap is a time they
   * were not in the meeting on any device. One period from `firstJoin` to `lastLeave` when they never left between.
   */
  readonly periods: readonly { readonly from: string; readonly to: string }[];
  /** Milliseconds present, overlapping sessions (several devices) counted once: the periods' lengths added. */
  readonly presenceMs: number;
  readonly sessions: number;
}

/** A generated file of a meeting. */
export interface MeetingAsset {
  readonly id: string;
  readonly meetingId: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly filename: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  /** The asset store's key; never leaves the server. */
  readonly storageKey: string;
  readonly visibility: AssetVisibility;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

export type NewMeetingAsset = Omit<MeetingAsset, 'createdAt' | 'tenantId'>;

/** A meeting with its assets, for the owner's overview. */
export interface MeetingWithAssets extends Meeting {
  readonly assets: readonly MeetingAsset[];
}

/**
 * A meeting a signed-in user attended, with every asset of it (the caller decides which the user may see), the roles
 * the user held in it and whether they own its room.
 */
export interface AttendedMeeting extends MeetingWithAssets {
  readonly roles: readonly RoleColumn[];
  readonly ownsRoom: boolean;
}

/** Whose attendance {@link AttendedMeeting}s are listed: a user of a tenant. */
export interface AttendeeScope {
  readonly tenantId: string;
  readonly userId: string;
}
