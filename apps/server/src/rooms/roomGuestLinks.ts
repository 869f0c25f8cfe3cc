import type { GuestLinkRepository } from '@plenum/db';
import type { RoomId } from '@plenum/protocol';
import type { RoomGuestLinks } from '@plenum/room-kit';
import { guestSessionHashOf } from '../access/guestSession.js';

/** The part of `GuestLinkRepository` a running meeting acts on. */
export type MeetingGuestLinks = Pick<GuestLinkRepository, 'revokeInRoom' | 'releaseSession'>;

/**
 * The guest-links port of one room. `close` revokes exactly as the owner's `DELETE /v1/rooms/{id}/guest-links/{linkId}`
 * does (existing guest sessions of the link no longer get tickets), scoped to this room. `giveBack` releases the
 * guest session of a `guest:<session hash>` identity (its link gets the use back); any other identity has no link
 * and nothing changes.
 */
export function roomGuestLinks(links: MeetingGuestLinks, roomId: RoomId): RoomGuestLinks {
  return {
    close: async (linkId) => {
      const link = await links.revokeInRoom(roomId, linkId);
      return link === undefined ? undefined : { label: link.label };
    },
    giveBack: async (identity) => {
      const hash = guestSessionHashOf(identity);
      return hash === undefined ? false : links.releaseSession(hash);
    },
  };
}
