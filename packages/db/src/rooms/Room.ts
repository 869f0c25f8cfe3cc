import type { RoomId } from '@plenum/protocol';

/**
 * A room as the rest of Plenum sees it. Times are ISO 8601 strings in UTC with millisecond precision
 * (`Date.prototype.toISOString`), everywhere in this package: they go to JSON unchanged and compare lexically.
 */
export interface Room {
  readonly id: RoomId;
  readonly title: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly tenantId: string | null;
  readonly closedAt: string | null;
}

/** What the caller decides when creating a room; the database sets `createdAt`, and a new room is open. */
export interface NewRoom {
  readonly id: RoomId;
  /** At most 200 characters; longer is rejected by the database. */
  readonly title: string;
  readonly createdBy?: string | null;
  readonly tenantId?: string | null;
}
