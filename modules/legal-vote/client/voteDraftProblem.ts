import type { ErrorOf } from '@plenum/protocol';
import { type LegalVoteProtocol, MAX_REASON_LENGTH } from '../protocol.js';
import { cleanText, textLength } from '../server/cleanText.js';
import { validateStart } from '../server/validateStart.js';
import { startVote, type VoteDraft } from './legalVoteCommands.js';

/** A limit the start form shows next to its fields before anything is sent. */
export type DraftProblem = Extract<
  ErrorOf<LegalVoteProtocol>,
  { error: 'invalidTitle' | 'invalidSubtitle' | 'invalidTopic' | 'invalidDuration' | 'noEligibleVoters' }
>;

/**
 * The first limit the draft breaks, in the form's order, checked with the server's own rules (one implementation, so
 * the form and the server never disagree), or null when it may be sent. Who may be eligible is the server's to check
 * (it knows the accounts); the form only offers those the roster shows as registered at a screen.
 */
export function voteDraftProblem(draft: VoteDraft): DraftProblem | null {
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

/** Whether a cancel reason is refused by the server's rule (empty or too long after cleaning): its limit, else null. */
export function cancelReasonProblem(reason: string): { readonly maxLength: number } | null {
  const cleaned = cleanText(reason);
  return cleaned === '' || textLength(cleaned) > MAX_REASON_LENGTH ? { maxLength: MAX_REASON_LENGTH } : null;
}
