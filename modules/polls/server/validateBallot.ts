import type { ErrorOf } from '@plenum/protocol';
import type { PollInfo, PollsProtocol } from '../protocol.js';

/**
 * The first thing wrong with a ballot for `poll`, or null when it may be counted: it must name at least one choice,
 * only one in a single-choice poll, only choices the poll has (whole indexes from 0), and none twice.
 */
export function validateBallot(poll: PollInfo, choices: readonly number[]): ErrorOf<PollsProtocol> | null {
  const pollId = poll.id;
  if (choices.length === 0) return { error: 'emptyBallot', pollId };
  if (!poll.multiple && choices.length > 1) return { error: 'tooManyChoices', pollId, maxChoices: 1 };
  const seen = new Set<number>();
  for (const choice of choices) {
    if (!Number.isInteger(choice) || choice < 0 || choice >= poll.choices.length)
      return { error: 'unknownChoice', pollId, choice, choiceCount: poll.choices.length };
    if (seen.has(choice)) return { error: 'repeatedChoice', pollId, choice };
    seen.add(choice);
  }
  return null;
}
