import type { ConcludedVote } from '@plenum/room-kit';
import type { VoteResult } from '../protocol.js';

/** What the room's other features learn about an ended vote (the minutes link decisions to it). */
export const concludedVote = (result: VoteResult): ConcludedVote => ({
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
});
