import { defineProtocol } from '@plenum/protocol';
import { defineModule } from '@plenum/room-kit';
import { ConcludedVote } from '@plenum/room-kit/facts';
import { z } from 'zod';

const tellerProtocol = defineProtocol({
  ns: 'teller',
  commands: { tell: z.object({ vote: ConcludedVote }) },
  events: {},
  errors: {},
  joinState: z.object({}),
});

/**
 * Stands in for the legal-vote module: `teller.tell {vote}` tells the room that this vote concluded, as legal-vote
 * does once a vote's end is stored (the runtime hands the fact to the minutes in a later turn).
 */
export const voteTellerModule = defineModule<typeof tellerProtocol>({
  protocol: tellerProtocol,
  init: (ctx) => ({
    onConnect: () => ({}),
    onCommand: (command) => ctx.tellRoom({ kind: 'voteConcluded', vote: command.vote }),
  }),
});

/** A concluded vote: 7 yes, 2 no, 1 abstain of 12 eligible, unless changed. */
export const concludedVote = (change: Partial<ConcludedVote> = {}): ConcludedVote => ({
  voteId: 'vote-0001',
  title: 'Haushalt 2027',
  endedAt: 0,
  reason: 'stopped',
  counts: { yes: 7, no: 2, abstain: 1 },
  eligible: 12,
  cast: 10,
  ...change,
});
