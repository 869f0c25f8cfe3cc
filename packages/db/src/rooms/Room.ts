import type { RoomId } from '@plenum/protocol';
import type { GuestAccessMode, WaitingRoomMode } from '../Database.js';

/**
 * A room as the rest of Plenum sees it. Times are ISO 8601 strings in UTC with millisecond precision
 * (`Date.prototype.toISOString`), everywhere in this package: they go to JSON unchanged and compare lexically.
 * The password hash is deliberately not part of it: only `hasPassword` is.
 */
export interface Room {
  readonly id: RoomId;
  readonly title: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly tenantId: string | null;
  readonly closedAt: string | null;
  /** `users.id` of the owner; null for rooms made without a sign-in. */
  readonly ownerId: string | null;
  readonly waitingRoom: WaitingRoomMode;
  readonly guestAccess: GuestAccessMode;
  readonly hasPassword: boolean;
}

/** What the caller decides when creating a room; the database sets `createdAt`, and a new room is open. */
export interface NewRoom {
  readonly id: RoomId;
  /** At most 200 characters; longer is rejected by the database. */
  readonly title: string;
  readonly createdBy?: string | null;
  readonly tenantId?: string | null;
  readonly ownerId?: string | null;
}

/** Whose rooms an owner query may see and touch: always both the tenant and the owner. */
export interface RoomOwnerScope {
  readonly tenantId: string;
  readonly ownerId: string;
}

/** Where a page of "my rooms" continues: after the room with this creation time and id (newest first). */
export interface RoomPageCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** A change to an owned room: an absent key is left alone; `passwordHash: null` removes the password. */
export interface RoomChange {
  readonly title?: string;
  readonly waitingRoom?: WaitingRoomMode;
  readonly guestAccess?: GuestAccessMode;
  readonly passwordHash?: string | null;
}
