import { TicketView } from '@plenum/protocol';
import { ApiFailure, createHttpClient, type HttpClient } from './http.js';

/** A ticket to enter a meeting, as `POST /v1/rooms/{roomId}/tickets` issues it. */
export type Ticket = TicketView;

/**
 * Why no ticket was issued, in the terms the entry screens need. `unavailable` is passing
 * trouble (network, server) worth another try; everything else needs the person (sign in,
 * type the password, wait) or ends the attempt.
 */
export type EntryProblem =
  | { readonly kind: 'signInRequired' }
  | { readonly kind: 'passwordRequired' }
  | { readonly kind: 'passwordWrong' }
  | { readonly kind: 'tooManyAttempts'; readonly retryAfterSeconds: number }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'guestsDisabled' }
  | { readonly kind: 'inviteRevoked' }
  /** A moderator banned this person from the meeting that is running now. */
  | { readonly kind: 'banned' }
  | { readonly kind: 'unavailable' };

export type TicketResult =
  | { readonly ok: true; readonly ticket: Ticket }
  | { readonly ok: false; readonly problem: EntryProblem };

/** When the server says "too many attempts" without saying for how long. */
const defaultRetryAfterSeconds = 30;

/** Reads a failed ticket request as an {@link EntryProblem}. */
export function entryProblemOf(error: unknown): EntryProblem {
  if (!(error instanceof ApiFailure)) return { kind: 'unavailable' };
  switch (error.code) {
    case 'unauthenticated':
      return { kind: 'signInRequired' };
    case 'passwordRequired':
      return { kind: 'passwordRequired' };
    case 'passwordWrong':
      return { kind: 'passwordWrong' };
    case 'tooManyAttempts':
      return { kind: 'tooManyAttempts', retryAfterSeconds: error.retryAfterSeconds ?? defaultRetryAfterSeconds };
    case 'roomNotFound':
      return { kind: 'notFound' };
    case 'featureDisabled':
      return { kind: 'guestsDisabled' };
    case 'inviteRevoked':
      return { kind: 'inviteRevoked' };
    case 'banned':
      return { kind: 'banned' };
    default:
      return error.status === 401 ? { kind: 'signInRequired' } : { kind: 'unavailable' };
  }
}

/** Access tickets for the signalling connection; the HTTP client (or its `fetch`) is injected for tests. */
export function createTicketsApi(http: HttpClient = createHttpClient()) {
  return {
    /**
     * Asks for a single-use ticket to enter `roomId`, with the room's password when the person
     * typed one. Never throws: failures come back as an {@link EntryProblem}.
     */
    async issue(roomId: string, password?: string): Promise<TicketResult> {
      try {
        const ticket = await http.request(`/v1/rooms/${encodeURIComponent(roomId)}/tickets`, TicketView, {
          method: 'POST',
          json: password === undefined ? {} : { password },
        });
        return { ok: true, ticket };
      } catch (error) {
        return { ok: false, problem: entryProblemOf(error) };
      }
    },
  };
}

export type TicketsApi = ReturnType<typeof createTicketsApi>;
