import type { ErrorOf } from '@plenum/protocol';
import { type LegalVoteProtocol, MAX_DURATION_SECONDS, MAX_REASON_LENGTH, MIN_DURATION_SECONDS } from '../protocol.js';
import { cleanText, textLength } from '../server/cleanText.js';
import { validateStart } from '../server/validateStart.js';
import { startVote, type VoteDraft } from './legalVoteCommands.js';

/**
 * A limit the start form shows next to its fields before anything is sent; `titleMissing`: the title is blank (the
 * server refuses it as `invalidTitle`, but "enter a title" is what helps).
 */
export type DraftProblem =
  | Extract<
      ErrorOf<LegalVoteProtocol>,
      { error: 'invalidTitle' | 'invalidSubtitle' | 'invalidTopic' | 'invalidDuration' | 'noEligibleVoters' }
    >
  | { readonly error: 'titleMissing' };

/** The most minutes the start form accepts (the server's longest duration). */
export const MAX_DURATION_MINUTES = Math.floor(MAX_DURATION_SECONDS / 60);

/**
 * The seconds the start form's "minutes" field asks for: undefined when blank (the vote runs until stopped), null
 * unless it is a whole number of minutes from 1 to `MAX_DURATION_MINUTES` ("1,5" is refused, never cut to 1).
 */
export function durationFromMinutes(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^[0-9]+$/.test(trimmed)) return null;
  const seconds = Number(trimmed) * 60;
  return seconds < MIN_DURATION_SECONDS || seconds > MAX_DURATION_MINUTES * 60 ? null : seconds;
}

/**
 * The first limit the draft breaks, in the form's order, checked with the server's own rules (one implementation, so
 * the form and the server never disagree), or null when it may be sent. Who may be eligible is the server's to check
 * (it knows the accounts); the form only offers those the roster shows as registered at a screen.
 */
export function voteDraftProblem(draft: VoteDraft): DraftProblem | null {
  if (cleanText(draft.title) === '') return { error: 'titleMissing' };
  const checked = validateStart({ ...startVote(draft), eligible: [] }, () => undefined);
  if (checked.ok) return null;
  const error = checked.error;
  switch (error.error) {
    case 'invalidTitle':
    case 'invalidSubtitle':
    case 'invalidTopic':
    case 'invalidDuration':
      return error;
    case 'noEligibleVoters':
      return draft.eligible.length === 0 ? error : null;
    default:
      return null;
  }
}

/** Why the server's rule refuses a cancel reason: blank (`missing`) or longer than `maxLength` after cleaning. */
export type ReasonProblem = { readonly error: 'missing' } | { readonly error: 'tooLong'; readonly maxLength: number };

/** Whether a cancel reason is refused by the server's rule, and why; null when it may be sent. */
export function cancelReasonProblem(reason: string): ReasonProblem | null {
  const cleaned = cleanText(reason);
  if (cleaned === '') return { error: 'missing' };
  return textLength(cleaned) > MAX_REASON_LENGTH ? { error: 'tooLong', maxLength: MAX_REASON_LENGTH } : null;
}
