import { z } from 'zod';

/**
 * A formal vote of the room that has ended, as other features may cite it (the minutes link a decision to it). The
 * legal-vote module tells it once the vote's end is stored; `valid` is false when the results did not follow from the
 * record. `counts.abstain` is null when abstaining was not offered.
 */
export const ConcludedVote = z.object({
  voteId: z.string().min(1).max(64),
  title: z.string().max(200),
  endedAt: z.number(),
  reason: z.enum(['stopped', 'deadline', 'allVoted', 'cancelled', 'roomClosed', 'interrupted']),
  counts: z.object({ yes: z.number(), no: z.number(), abstain: z.number().nullable() }),
  eligible: z.number(),
  cast: z.number(),
});
export type ConcludedVote = z.infer<typeof ConcludedVote>;

/**
 * Something one module made happen that other modules of the same room may build on. Modules never import each
 * other: one tells the runtime (`ctx.tellRoom`), and the runtime hands the fact to every other module's `onRoomFact`
 * in a later turn of the room (never inside the teller's handler). Add a kind here when a second feature needs it.
 */
export type RoomFact = { readonly kind: 'voteConcluded'; readonly vote: ConcludedVote };
