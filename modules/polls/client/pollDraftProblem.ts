import type { ErrorOf } from '@plenum/protocol';
import type { PollsProtocol } from '../protocol.js';
import { validateStart } from '../server/validateStart.js';
import { type PollDraft, startPoll } from './pollsCommands.js';

/** A limit the start form shows next to its fields before anything is sent. */
export type DraftProblem = Exclude<
  ErrorOf<PollsProtocol>,
  {
    error:
      | 'forbidden'
      | 'pollRunning'
      | 'noSuchPoll'
      | 'emptyBallot'
      | 'tooManyChoices'
      | 'unknownChoice'
      | 'repeatedChoice'
      | 'alreadyVoted';
  }
>;

/**
 * The first limit the draft breaks, checked with the server's own rules (one implementation, so the form and the
 * server never disagree), or null when it may be sent. Blank choice rows are ignored as the command leaves them out.
 */
export function draftProblem(draft: PollDraft): DraftProblem | null {
  const checked = validateStart(startPoll(draft));
  if (checked.ok) return null;
  const error = checked.error;
  switch (error.error) {
    case 'invalidTopic':
    case 'invalidChoiceCount':
    case 'invalidChoice':
    case 'duplicateChoice':
    case 'invalidDuration':
      return error;
    default:
      return null;
  }
}
