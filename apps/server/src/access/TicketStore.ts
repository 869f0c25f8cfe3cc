import { randomBytes } from 'node:crypto';
import type { RoomId } from '@plenum/protocol';

export type TicketRejection = 'unknown' | 'expired' | 'used' | 'wrongRoom';

interface Entry<G> {
  readonly roomId: RoomId;
  readonly grant: G;
  readonly expiresAt: number;
  used: boolean;
}

/**
 * Single-use signalling tickets, in memory: 256 random bits each, valid for `ttlMs`, bound to one room. A used
 * ticket is remembered until it would have expired, so a replay is told `used` rather than `unknown`. Memory is
 * bounded by sweeping expired tickets and by `maxTickets` (beyond it the oldest are forgotten).
 *
 * Tickets live on the node that issued them; the WebSocket must reach the same node (see the issue note on
 * scaling out).
 */
export class TicketStore<G> {
  readonly #tickets = new Map<string, Entry<G>>();

  constructor(
    private readonly options: { readonly ttlMs: number; readonly maxTickets?: number },
    private readonly now: () => number = Date.now,
  ) {}

  issue(roomId: RoomId, grant: G): { ticket: string; expiresAt: Date } {
    this.#sweep();
    const ticket = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + this.options.ttlMs;
    this.#tickets.set(ticket, { roomId, grant, expiresAt, used: false });
    return { ticket, expiresAt: new Date(expiresAt) };
  }

  /** Uses the ticket for `roomId`: its grant, or why not. A ticket tried on the wrong room is spent all the same. */
  redeem(ticket: string, roomId: RoomId): { grant: G } | { rejected: TicketRejection } {
    const entry = this.#tickets.get(ticket);
    if (!entry) return { rejected: 'unknown' };
    if (entry.expiresAt <= this.now()) {
      this.#tickets.delete(ticket);
      return { rejected: 'expired' };
    }
    if (entry.used) return { rejected: 'used' };
    entry.used = true;
    if (entry.roomId !== roomId) return { rejected: 'wrongRoom' };
    return { grant: entry.grant };
  }

  get size(): number {
    return this.#tickets.size;
  }

  #sweep(): void {
    const now = this.now();
    for (const [ticket, entry] of this.#tickets) {
      // Insertion order is expiry order (one ttl for all), so the first live one ends the sweep.
      if (entry.expiresAt > now) break;
      this.#tickets.delete(ticket);
    }
    const max = this.options.maxTickets ?? 100_000;
    for (const ticket of this.#tickets.keys()) {
      if (this.#tickets.size < max) break;
      this.#tickets.delete(ticket);
    }
  }
}
