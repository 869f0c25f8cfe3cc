import type { PublishedBallot, VoteKind } from '../protocol.js';

/**
 * The ballots as a vote's result and report publish them: a roll call's in the order cast; a pseudonymous vote's
 * sorted by token, so that the order (in a small body, with the live turnout) does not tell whose token is whose.
 * The record itself keeps the order cast (its hash chain needs it).
 */
export function inPublishedOrder(kind: VoteKind, ballots: readonly PublishedBallot[]): PublishedBallot[] {
  if (kind !== 'pseudonymous') return [...ballots];
  const token = (b: PublishedBallot): string => ('token' in b ? b.token : '');
  return [...ballots].sort((a, b) => (token(a) < token(b) ? -1 : token(a) > token(b) ? 1 : 0));
}
