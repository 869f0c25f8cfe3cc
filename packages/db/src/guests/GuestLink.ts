import type { GuestLinkState, RoomId } from '@plenum/protocol';

/** A guest link as the rest of Plenum sees it; times are ISO 8601 strings in UTC. */
export interface GuestLink {
  readonly id: string;
  readonly tenantId: string;
  readonly roomId: RoomId;
  /** The secret in the link. */
  readonly code: string;
  readonly label: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly maxUses: number | null;
  readonly uses: number;
  readonly revokedAt: string | null;
}

/** The state of `link` at `now`: revoked wins over expired, expired over used up. */
export function guestLinkState(link: GuestLink, now: Date): GuestLinkState {
  if (link.revokedAt !== null) return 'revoked';
  if (link.expiresAt !== null && Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  if (link.maxUses !== null && link.uses >= link.maxUses) return 'usedUp';
  return 'active';
}

/** The room (of one tenant) whose links a query may see and touch. */
export interface GuestLinkScope {
  readonly tenantId: string;
  readonly roomId: RoomId;
}

export interface NewGuestLink {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  readonly createdBy: string | null;
  readonly expiresAt: Date | null;
  readonly maxUses: number | null;
}

/** A redeemed link: the guest's cookie, stored as its hash. */
export interface GuestSession {
  readonly idHash: string;
  readonly tenantId: string;
  readonly roomId: RoomId;
  readonly linkId: string;
  /** How often the link may be used (its `maxUses`); 1: the link was made for one person. */
  readonly linkMaxUses: number | null;
  readonly displayName: string;
  readonly expiresAt: Date;
  /** The link was revoked after this guest used it: the session no longer opens the room. */
  readonly linkRevoked: boolean;
}
