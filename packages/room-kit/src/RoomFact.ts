import { z } from 'zod';

/** One ballot of a roll call by name, as the vote's result publishes it. */
export const NamedBallot = z.object({ name: z.string(), choice: z.enum(['yes', 'no', 'abstain']) });
export type NamedBallot = z.infer<typeof NamedBallot>;

/**
 * A formal vote of the room that has ended, as other features may cite it (the minutes link a decision to it). The
 * legal-vote module tells it once the vote's end is stored; `valid` is false when the results did not follow from the
 * record. `counts.abstain` is null when abstaining was not offered.
 *
 * `roll`: only for roll calls (whose names are public at their end), never for pseudonymous votes: every ballot by
 * name in the order cast, and the names of the eligible who did not vote (`notVoted`, null when not known, as for a
 * vote finished after a restart). Absent as well in facts stored before names were kept.
 */
export const ConcludedVote = z.object({
  voteId: z.string().min(1).max(64),
  title: z.string().max(200),
  endedAt: z.number(),
  reason: z.enum(['stopped', 'deadline', 'allVoted', 'cancelled', 'roomClosed', 'interrupted']),
  counts: z.object({ yes: z.number(), no: z.number(), abstain: z.number().nullable() }),
  eligible: z.number(),
  cast: z.number(),
  roll: z.object({ ballots: z.array(NamedBallot), notVoted: z.array(z.string()).nullable() }).optional(),
});
export type ConcludedVote = z.infer<typeof ConcludedVote>;

/**
 * Something one module made happen that other modules of the same room may build on. Modules never import each
 * other: one tells the runtime (`ctx.tellRoom`), and the runtime hands the fact to every other module's `onRoomFact`
 * in a later turn of the room (never inside the teller's handler). Add a kind here when a second feature needs it.
 */
export type RoomFact = { readonly kind: 'voteConcluded'; readonly vote: ConcludedVote };
