import { AuditEntry, AuditSignature, Sha256Hex } from '@plenum/audit';
import { z } from 'zod';
import { Choice, EndReason, ProblemKind, type Tally, Tally as TallySchema, VoteKind, Voter } from '../protocol.js';

/**
 * The record's vocabulary: the `kind` and `data` of every entry of a vote's hash chain (`legal-vote:<id>`), in the
 * order they can occur. `started` comes first, `ended` last; everything between is a fact of the running vote.
 * The schemas are what a reader (the PDF report, `plenum verify-vote`) parses an entry's data with.
 */
export const voteEntryData = {
  /** The parameters, as everyone was told them. */
  started: z.object({
    voteId: z.string(),
    title: z.string(),
    subtitle: z.string().nullable(),
    topic: z.string().nullable(),
    kind: VoteKind,
    options: z.object({ abstain: z.boolean() }),
    eligible: z.array(Voter),
    initiator: z.object({ participant: z.string(), userId: z.string().nullable(), name: z.string() }),
    closeWhenAllVoted: z.boolean(),
    durationSeconds: z.number().nullable(),
    /** Milliseconds since the epoch, or null. */
    endsAt: z.number().nullable(),
  }),
  /** One counted ballot: the voter (roll calls) or their token (pseudonymous), never both. */
  ballotCast: z.union([
    z.object({ voter: z.object({ participant: z.string(), userId: z.string(), name: z.string() }), choice: Choice }),
    z.object({ token: z.string(), choice: Choice }),
  ]),
  /** A ballot that was not counted, and why; who tried it (never the choice, never a token they gave). */
  ballotRefused: z.object({
    reason: z.enum(['notEligible', 'alreadyVoted', 'wrongToken', 'abstainNotOffered']),
    participant: z.string(),
    userId: z.string().nullable(),
    name: z.string(),
  }),
  /** An eligible person (or the initiator) came into the room while the vote ran. */
  participantJoined: z.object({ participant: z.string(), userId: z.string().nullable(), name: z.string() }),
  /** An eligible person (or the initiator) left the room while the vote ran, and how. */
  participantLeft: z.object({
    participant: z.string(),
    userId: z.string().nullable(),
    name: z.string(),
    reason: z.string(),
  }),
  /** A voter reported a technical problem. */
  problemReported: z.object({
    participant: z.string(),
    name: z.string(),
    kind: ProblemKind,
    text: z.string().nullable(),
  }),
  /** The end: why, by whom, and the counts computed from the `ballotCast` entries before it. */
  ended: z.object({
    reason: EndReason,
    endedBy: z.object({ participant: z.string(), name: z.string() }).nullable(),
    cancelReason: z.string().nullable(),
    tally: TallySchema,
  }),
} as const;

export type VoteEntryKind = keyof typeof voteEntryData;
export type VoteEntryData<K extends VoteEntryKind> = z.infer<(typeof voteEntryData)[K]>;

/** The stream of one vote's record (`vote:<id>`) and the room's index of votes. */
export const voteStream = (voteId: string): string => `vote:${voteId}`;
export const INDEX_STREAM = 'index';
export const voteSubject = (voteId: string): string => `legal-vote:${voteId}`;

/** What a vote's stream holds: its chain entries, in chain order, and after the final one the signature over it. */
export const StoredVoteRecord = z.union([
  z.object({ entry: AuditEntry }),
  z.object({ signed: z.object({ seq: z.number(), hash: Sha256Hex, signature: AuditSignature }) }),
]);
export type StoredVoteRecord = z.infer<typeof StoredVoteRecord>;

/**
 * The room's index: a vote is `opened` before its first entry is written and `closed` after its signature is. A vote
 * opened and never closed was cut off (the server stopped, or the store failed) and is ended as interrupted.
 */
export const VoteIndexRecord = z.object({ voteId: z.string(), state: z.enum(['opened', 'closed']) });
export type VoteIndexRecord = z.infer<typeof VoteIndexRecord>;

/** How many index records a room reads back to find an open vote (one vote runs at a time, so the newest suffice). */
export const INDEX_READ_LIMIT = 200;

/** The counts that follow from a record's `ballotCast` entries. */
export function tallyBallots(entries: readonly AuditEntry[], eligible: number): Tally {
  const tally = { yes: 0, no: 0, abstain: 0, ballots: 0, eligible };
  for (const entry of entries) {
    if (entry.kind !== 'ballotCast') continue;
    const ballot = voteEntryData.ballotCast.safeParse(entry.data);
    if (!ballot.success) continue;
    tally[ballot.data.choice]++;
    tally.ballots++;
  }
  return tally;
}

/** Why a record's results do not follow from it; `ok` when they do. */
export type ResultsCheck =
  | { readonly ok: true; readonly tally: Tally }
  | {
      readonly ok: false;
      readonly problem: 'noStart' | 'noEnd' | 'malformedEntry' | 'duplicateBallot' | 'tallyMismatch';
      readonly seq?: number;
    };

/**
 * Whether a vote's record is self-consistent: it starts with `started`, ends with `ended`, every entry's data fits its
 * kind, nobody (no account, no token) has two counted ballots, and the end's counts are exactly the ones its ballots
 * give. A record whose results do not follow from its ballots marks the vote invalid. Run it on a verified chain (`verifyChain`): on an unverified one it proves nothing.
 */
export function resultsFollowFromBallots(entries: readonly AuditEntry[]): ResultsCheck {
  const first = entries[0];
  const last = entries.at(-1);
  const started = first?.kind === 'started' ? voteEntryData.started.safeParse(first.data) : undefined;
  if (!first || !started?.success) return { ok: false, problem: 'noStart' };
  if (last?.kind !== 'ended' || last === first) return { ok: false, problem: 'noEnd' };
  const voters = new Set<string>();
  for (const entry of entries) {
    const schema = Object.hasOwn(voteEntryData, entry.kind) ? voteEntryData[entry.kind as VoteEntryKind] : undefined;
    if (!schema?.safeParse(entry.data).success) return { ok: false, problem: 'malformedEntry', seq: entry.seq };
    if ((entry.kind === 'started' && entry !== first) || (entry.kind === 'ended' && entry !== last))
      return { ok: false, problem: 'malformedEntry', seq: entry.seq };
    if (entry.kind === 'ballotCast') {
      const ballot = voteEntryData.ballotCast.parse(entry.data);
      const who = 'token' in ballot ? `token:${ballot.token}` : `user:${ballot.voter.userId}`;
      if (voters.has(who)) return { ok: false, problem: 'duplicateBallot', seq: entry.seq };
      voters.add(who);
    }
  }
  const ended = voteEntryData.ended.parse(last.data);
  const tally = tallyBallots(entries, started.data.eligible.length);
  const same = (Object.keys(tally) as (keyof Tally)[]).every((k) => tally[k] === ended.tally[k]);
  return same ? { ok: true, tally } : { ok: false, problem: 'tallyMismatch', seq: last.seq };
}
