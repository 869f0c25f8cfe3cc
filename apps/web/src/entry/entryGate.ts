import { ApiFailure } from '../api/http.js';
import type { EntryProblem } from '../api/ticketsApi.js';

/** What the password step shows under the field. */
export type PasswordError =
  | { readonly kind: 'missing' }
  | { readonly kind: 'wrong' }
  | { readonly kind: 'tooManyAttempts'; readonly retryAfterSeconds: number };

/**
 * Why entering is refused for good: guests switched off, the guest's invitation withdrawn, or a moderator banned
 * this person from the running meeting.
 */
export type RefusalReason = 'guestsDisabled' | 'inviteRevoked' | 'banned';

/**
 * What stands between the person and the pre-join screen, once the room is known: nothing
 * (`open`), signing in, the room password, a refusal that no retry fixes, or a failure worth
 * another try.
 */
export type EntryGate =
  | { readonly state: 'checking' }
  | { readonly state: 'open' }
  | { readonly state: 'signIn' }
  | { readonly state: 'password'; readonly error: PasswordError | null }
  | { readonly state: 'refused'; readonly reason: RefusalReason }
  | { readonly state: 'notFound' }
  | { readonly state: 'failed' };

/**
 * The gate for a ticket request that failed with `problem`. A ban is told here, before the camera and microphone
 * check of pre-join, not after it.
 */
export function entryGateOf(problem: EntryProblem): EntryGate {
  switch (problem.kind) {
    case 'signInRequired':
      return { state: 'signIn' };
    case 'passwordRequired':
      return { state: 'password', error: null };
    case 'passwordWrong':
      return { state: 'password', error: { kind: 'wrong' } };
    case 'tooManyAttempts':
      return { state: 'password', error: { kind: 'tooManyAttempts', retryAfterSeconds: problem.retryAfterSeconds } };
    case 'guestsDisabled':
    case 'inviteRevoked':
    case 'banned':
      return { state: 'refused', reason: problem.kind };
    case 'notFound':
      return { state: 'notFound' };
    case 'unavailable':
      return { state: 'failed' };
  }
}

/** Why the room itself (`GET /v1/rooms/{id}`) could not be loaded, in the terms of the entry screens. */
export type RoomLoadProblem =
  | { readonly state: 'notFound' }
  | { readonly state: 'signIn' }
  | { readonly state: 'refused'; readonly reason: Exclude<RefusalReason, 'banned'> }
  | { readonly state: 'failed' };

/**
 * Reads a failed room load. A guest whose invitation was revoked (410 `inviteRevoked`) or whose room no longer takes
 * guests (403 `featureDisabled`) gets the refusal that says so, not a "Try again" that can never work.
 */
export function roomLoadProblemOf(error: unknown): RoomLoadProblem {
  if (!(error instanceof ApiFailure)) return { state: 'failed' };
  if (error.code === 'inviteRevoked') return { state: 'refused', reason: 'inviteRevoked' };
  if (error.code === 'featureDisabled') return { state: 'refused', reason: 'guestsDisabled' };
  if (error.status === 404) return { state: 'notFound' };
  if (error.status === 401) return { state: 'signIn' };
  return { state: 'failed' };
}
