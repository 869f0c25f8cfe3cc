import type { TicketAnswer } from '@plenum/module-core/client';
import type { EntryProblem, Ticket, TicketResult, TicketsApi } from '../api/ticketsApi.js';

/** A ticket this close to its expiry is not used any more: the join might arrive too late. */
const freshForMs = 15_000;

/**
 * Where one page's access tickets for one room come from.
 *
 * `enter` is the entry step (room loaded, password typed): it asks for a ticket and keeps it
 * for the first join, so the entry step learns early whether a password is needed. `next` is
 * what the signalling connection calls before every join: the kept ticket while it is fresh,
 * else a new one. The password that worked is kept in memory only (never in storage) for the
 * page's lifetime: the server remembers it for a signed-in session anyway, but a reconnect
 * must not depend on that. `refusal` says why `next` last answered `refused`.
 */
export interface TicketSource {
  enter(password?: string): Promise<TicketResult>;
  next(): Promise<TicketAnswer>;
  readonly refusal: EntryProblem | null;
}

export function createTicketSource(options: {
  readonly api: Pick<TicketsApi, 'issue'>;
  readonly roomId: string;
  /** Milliseconds since the epoch (injected for tests). */
  readonly now?: () => number;
}): TicketSource {
  const now = options.now ?? Date.now;
  let password: string | undefined;
  let kept: Ticket | null = null;
  let refusal: EntryProblem | null = null;
  return {
    async enter(typed) {
      const result = await options.api.issue(options.roomId, typed ?? password);
      if (result.ok) {
        if (typed !== undefined) password = typed;
        kept = result.ticket;
        refusal = null;
      }
      return result;
    },
    async next() {
      const ticket = kept;
      kept = null;
      if (ticket && Date.parse(ticket.expiresAt) - now() > freshForMs) return { kind: 'ticket', ticket: ticket.ticket };
      const result = await options.api.issue(options.roomId, password);
      if (result.ok) return { kind: 'ticket', ticket: result.ticket.ticket };
      switch (result.problem.kind) {
        case 'unavailable':
        case 'tooManyAttempts':
          return { kind: 'unavailable' };
        default:
          refusal = result.problem;
          return { kind: 'refused' };
      }
    },
    get refusal() {
      return refusal;
    },
  };
}
