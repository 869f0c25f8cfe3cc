import type { ClosedGuestLink, RoomGuestLinks } from '../RoomGuestLinks.js';

/**
 * The guest links of a test room: remembers which links were closed and which guests got their use back. `links`
 * holds the labels of the links the room has (closing any other resolves undefined); `failing` makes every call
 * reject, as a database that cannot be reached would.
 */
export class FakeRoomGuestLinks implements RoomGuestLinks {
  /** Link id → label. */
  readonly links = new Map<string, string>();
  /** Ids of closed links, in order. */
  readonly closed: string[] = [];
  /** Identities whose use was given back, in order. */
  readonly givenBack: string[] = [];
  failing = false;

  close(linkId: string): Promise<ClosedGuestLink | undefined> {
    if (this.failing) return Promise.reject(new Error('guest links unavailable'));
    this.closed.push(linkId);
    const label = this.links.get(linkId);
    return Promise.resolve(label === undefined ? undefined : { label });
  }

  giveBack(identity: string): Promise<boolean> {
    if (this.failing) return Promise.reject(new Error('guest links unavailable'));
    this.givenBack.push(identity);
    return Promise.resolve(true);
  }
}
