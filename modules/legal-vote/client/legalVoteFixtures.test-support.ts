import { deviceClock } from '@plenum/client-kit';
import type { ParticipantId } from '@plenum/protocol';
import type { VoteInfo, VoteResult } from '../protocol.js';
import type { EndedVote, LegalVoteState } from './legalVoteReducer.js';

/** Vote 1 as the server describes it, its result and Sam's receipt; each test sets what it is about. */

export const ALICE = 'alice-participant-0001' as ParticipantId;
export const SAM = 'sam-participant-000001' as ParticipantId;
export const TOKEN = 'tok_0123456789abcdef';
export const HASH = 'a'.repeat(64);

/** Vote 1: Alice (moderator) started it, Alice and Sam may vote, it runs until all have voted. */
export const voteInfo = (over: Partial<VoteInfo> = {}): VoteInfo => ({
  id: 'vote-0001',
  subject: 'legal-vote:vote-0001',
  title: 'Budget 2027',
  subtitle: null,
  topic: null,
  kind: 'pseudonymous',
  options: { abstain: true },
  eligible: [
    { participant: ALICE, userId: 'u-alice', name: 'Alice' },
    { participant: SAM, userId: 'u-sam', name: 'Sam' },
  ],
  initiator: { participant: ALICE, name: 'Alice' },
  closeWhenAllVoted: true,
  startedAt: 1,
  endsAt: null,
  ...over,
});

/** The receipt of the ballot with `TOKEN` in vote 1. */
export const receipt = { voteId: 'vote-0001', subject: 'legal-vote:vote-0001', entryHash: HASH, token: TOKEN } as const;

/** Vote 1 stopped by Alice: one ballot, `TOKEN`'s Yes, of two eligible. */
export const voteResult = (over: Partial<VoteResult> = {}): VoteResult => ({
  voteId: 'vote-0001',
  title: 'Budget 2027',
  kind: 'pseudonymous',
  options: { abstain: true },
  reason: 'stopped',
  endedBy: ALICE,
  cancelReason: null,
  endedAt: 2,
  tally: { yes: 1, no: 0, abstain: 0, ballots: 1, eligible: 2 },
  ballots: [{ token: TOKEN, choice: 'yes' }],
  record: null,
  ...over,
});

/** The client before any vote. */
export const none: LegalVoteState = { running: null, last: null, clock: deviceClock, sameAccount: [], kept: {} };

/** The client after a vote ended, with nothing running. */
export const ended = (last: EndedVote): LegalVoteState => ({ ...none, last });
