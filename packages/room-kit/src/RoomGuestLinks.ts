/**
 * The guest link someone came through, as the host knows it from their entry ticket. Server-side only: the runtime
 * and modules may act on it, but no client (not even a moderator's) is ever sent its id.
 */
export interface GuestLinkRef {
  readonly id: string;
  /** The link was made for one person (it may be used once). */
  readonly personal: boolean;
}

/** A guest link a room closed, as moderators are told of it. */
export interface ClosedGuestLink {
  /** The owner's label of the link; may be empty. */
  readonly label: string;
}

/**
 * What a room may do with its room's guest links (the host binds it to the room). Asynchronous: a module calls
 * `close` inside `ctx.spawn`; the runtime calls `giveBack` itself.
 */
export interface RoomGuestLinks {
  /**
   * Closes the link as its owner would revoke it: nobody can join with it any more, and the guest sessions it opened
   * no longer open the room. Resolves the closed link, or undefined when the room has no such link (nothing changed);
   * rejects when it could not be stored.
   */
  close(linkId: string): Promise<ClosedGuestLink | undefined>;
  /**
   * A moderator turned away a guest of `identity` from the waiting room: their link gets the use back, and their guest
   * session ends (so the link never admits more people than it may). Resolves whether there was a session to end.
   */
  giveBack(identity: string): Promise<boolean>;
}

/** A host without guest links (unit tests, rooms nobody enters by link): nothing to close or give back. */
export const noRoomGuestLinks: RoomGuestLinks = {
  close: () => Promise.resolve(undefined),
  giveBack: () => Promise.resolve(false),
};
