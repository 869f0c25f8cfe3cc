import type { PollInfo } from '../protocol.js';

/**
 * Where this client's ballot stands: not voted yet (`canVote` once an answer is chosen); voted in a poll whose votes
 * are final (`cast`: the counted answers); or voted in a poll that allows changes, with `changeTo` the chosen answers
 * when they differ from the counted ones (null while they are the same: nothing to change).
 */
export type BallotStatus =
  | { readonly kind: 'notVoted'; readonly canVote: boolean }
  | { readonly kind: 'final'; readonly cast: readonly string[] }
  | { readonly kind: 'changeable'; readonly cast: readonly string[]; readonly changeTo: readonly string[] | null };

const sorted = (choices: readonly number[]) => [...new Set(choices)].sort((a, b) => a - b);
/** The answers of `choices` (indexes) in the poll's order, each once. */
export const choiceNames = (poll: Pick<PollInfo, 'choices'>, choices: readonly number[]) =>
  sorted(choices).map((index) => poll.choices[index] ?? '');

/** The ballot's status from the counted vote (`myChoices`, null before voting) and the answers chosen now. */
export function ballotStatus(
  poll: Pick<PollInfo, 'choices' | 'changeable'>,
  myChoices: readonly number[] | null,
  selected: readonly number[],
): BallotStatus {
  if (myChoices === null) return { kind: 'notVoted', canVote: selected.length > 0 };
  const cast = choiceNames(poll, myChoices);
  if (!poll.changeable) return { kind: 'final', cast };
  const same = sorted(selected).join() === sorted(myChoices).join();
  return { kind: 'changeable', cast, changeTo: same || selected.length === 0 ? null : choiceNames(poll, selected) };
}
