import { AUDIT_FORMAT, AUDIT_LIMITS, type AuditDocument, type AuditEntry, entryHash } from '@plenum/audit';
import type { RoomId } from '@plenum/protocol';
import { type RoomRecordStore, type RoomRecords, recordsFor } from '@plenum/room-kit';
import type { PublishedBallot, SignedRecordHead, VoteResult } from '../protocol.js';
import { inPublishedOrder } from './publishedBallots.js';
import {
  INDEX_READ_LIMIT,
  INDEX_STREAM,
  StoredVoteRecord,
  VoteIndexRecord,
  voteEntryData,
  voteStream,
  voteSubject,
} from './voteRecord.js';

/** A vote's record as stored: its chain entries in order, and the signature over the final one (once it ended). */
export interface StoredVote {
  readonly voteId: string;
  readonly subject: string;
  readonly entries: readonly AuditEntry[];
  readonly signed: SignedRecordHead | null;
}

/**
 * Reads a vote's record back from the room's records (a module's view, or `recordsFor(store, room, 'legal-vote', …)`
 * on the server). Records that do not parse are skipped; `voteDocument` then refuses the gap.
 */
export async function readVoteRecord(records: RoomRecords, voteId: string): Promise<StoredVote> {
  const bodies = await records.latest(voteStream(voteId), AUDIT_LIMITS.maxEntries + 1);
  const entries: AuditEntry[] = [];
  let signed: SignedRecordHead | null = null;
  for (const body of bodies) {
    const parsed = StoredVoteRecord.safeParse(body);
    if (!parsed.success) continue;
    if ('entry' in parsed.data) entries.push(parsed.data.entry);
    else signed = { ...parsed.data.signed };
  }
  return { voteId, subject: voteSubject(voteId), entries, signed };
}

/**
 * The `plenum-audit/1` document of an ended vote: its stored entries and the signature made when it ended (the same
 * one `exportChain` would make with the installation key, since Ed25519 is deterministic, so exporting needs no key).
 * Throws when the vote has not ended or its stored signature is not over its last stored entry.
 */
export function voteDocument(vote: StoredVote): AuditDocument {
  const last = vote.entries.at(-1);
  if (!last || !vote.signed) throw new Error('the vote has no signed record yet');
  const head = { seq: last.seq, hash: entryHash(last) };
  if (vote.signed.seq !== head.seq || vote.signed.hash !== head.hash)
    throw new Error('the stored signature is not over the last stored entry');
  return {
    format: AUDIT_FORMAT,
    subject: vote.subject,
    entries: [...vote.entries],
    head,
    signature: vote.signed.signature,
  };
}

/** The result of an ended vote as its record states it (for a vote ended by the recovery, not in the room). */
export function resultFromRecord(vote: StoredVote): VoteResult | undefined {
  const [first] = vote.entries;
  const last = vote.entries.at(-1);
  const started = voteEntryData.started.safeParse(first?.data);
  const ended = voteEntryData.ended.safeParse(last?.data);
  if (!started.success || !ended.success || last?.kind !== 'ended') return undefined;
  const ballots: PublishedBallot[] = [];
  for (const entry of vote.entries) {
    if (entry.kind !== 'ballotCast') continue;
    const ballot = voteEntryData.ballotCast.safeParse(entry.data);
    if (!ballot.success) continue;
    const b = ballot.data;
    ballots.push('token' in b ? { token: b.token, choice: b.choice } : { name: b.voter.name, choice: b.choice });
  }
  return {
    voteId: vote.voteId,
    title: started.data.title,
    kind: started.data.kind,
    options: { abstain: started.data.options.abstain },
    reason: ended.data.reason,
    endedBy: (ended.data.endedBy?.participant ?? null) as VoteResult['endedBy'],
    cancelReason: ended.data.cancelReason,
    endedAt: Date.parse(last.at),
    tally: ended.data.tally,
    ballots: inPublishedOrder(started.data.kind, ballots),
    record: vote.signed,
  };
}

/** The module's records of one room, as the server reads them outside the room (exports, reports). */
export function legalVoteRecords(store: RoomRecordStore, room: RoomId, now: () => number = Date.now): RoomRecords {
  return recordsFor(store, room, 'legal-vote', now);
}

/**
 * The room's recent votes (at most `INDEX_READ_LIMIT / 2`), oldest first: whether each is `closed` (its record is
 * complete and signed) or still `opened` (running, or cut off and not yet finished).
 */
export async function votesOf(records: RoomRecords): Promise<{ voteId: string; state: 'opened' | 'closed' }[]> {
  const states = new Map<string, 'opened' | 'closed'>();
  for (const body of await records.latest(INDEX_STREAM, INDEX_READ_LIMIT)) {
    const parsed = VoteIndexRecord.safeParse(body);
    if (parsed.success) states.set(parsed.data.voteId, parsed.data.state);
  }
  return [...states].map(([voteId, state]) => ({ voteId, state }));
}

/** The signed `plenum-audit/1` document of an ended vote of `room`, read from the store (see `voteDocument`). */
export async function exportVote(store: RoomRecordStore, room: RoomId, voteId: string): Promise<AuditDocument> {
  return voteDocument(await readVoteRecord(legalVoteRecords(store, room), voteId));
}
