import type { ConcludedVote, NamedBallot } from '@plenum/room-kit';
import type { VoteResult } from '../protocol.js';

/**
 * What the room's other features learn about an ended vote (the minutes link decisions to it). A roll call's named
 * ballots go with it (they were published with the result); a pseudonymous vote's never do. `eligible`: the names of
 * those who could vote, as the vote names them (null when not known): who of them did not vote goes with it too.
 */
export const concludedVote = (result: VoteResult, eligible: readonly string[] | null): ConcludedVote => ({
  voteId: result.voteId,
  title: result.title,
  endedAt: result.endedAt,
  reason: result.reason,
  counts: {
    yes: result.tally.yes,
    no: result.tally.no,
    abstain: result.options.abstain ? result.tally.abstain : null,
  },
  eligible: result.tally.eligible,
  cast: result.tally.ballots,
  ...(result.kind === 'pseudonymous' ? {} : { roll: roll(result, eligible) }),
});

function roll(result: VoteResult, eligible: readonly string[] | null): NonNullable<ConcludedVote['roll']> {
  const ballots: NamedBallot[] = result.ballots.flatMap((b) =>
    'name' in b ? [{ name: b.name, choice: b.choice }] : [],
  );
  return { ballots, notVoted: eligible === null ? null : notVoted(eligible, ballots) };
}

/**
 * The eligible without a ballot. Ballots carry the voter's name only, so each ballot takes one eligible of its name
 * away: two eligible people of one name, one of whom voted, leave that name once.
 */
function notVoted(eligible: readonly string[], ballots: readonly NamedBallot[]): string[] {
  const voted = new Map<string, number>();
  for (const b of ballots) voted.set(b.name, (voted.get(b.name) ?? 0) + 1);
  return eligible.filter((name) => {
    const left = voted.get(name) ?? 0;
    if (left === 0) return true;
    voted.set(name, left - 1);
    return false;
  });
}
