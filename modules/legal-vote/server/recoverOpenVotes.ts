import { appendEntry, type JsonValue, resumeChain } from '@plenum/audit';
import type { RoomRecords, RoomSigner } from '@plenum/room-kit';
import type { VoteResult } from '../protocol.js';
import { readVoteRecord, resultFromRecord } from './voteDocument.js';
import {
  INDEX_READ_LIMIT,
  INDEX_STREAM,
  type StoredVoteRecord,
  tallyBallots,
  type VoteEntryData,
  VoteIndexRecord,
  voteEntryData,
  voteStream,
} from './voteRecord.js';

/**
 * Finishes the record of every vote of the room that was opened and never closed (the server stopped, or the store
 * failed, while it ran): its stored chain is resumed, an `ended` entry with reason `interrupted` and the counts of the
 * stored ballots is appended, the new head is signed, and the vote is closed in the index. Nothing stored is changed;
 * a vote whose end was stored but not its signature or closing gets only what is missing. Returns the results, for
 * the room to announce. `except`: votes that run in this room right now. Runs in turn with the module's writes (`VoteWriter.run`).
 */
export async function recoverOpenVotes(
  records: RoomRecords,
  signer: RoomSigner,
  now: number,
  except: readonly string[] = [],
): Promise<VoteResult[]> {
  const index = await records.latest(INDEX_STREAM, INDEX_READ_LIMIT);
  const open = new Set<string>();
  for (const body of index) {
    const parsed = VoteIndexRecord.safeParse(body);
    if (!parsed.success) continue;
    if (parsed.data.state === 'opened') open.add(parsed.data.voteId);
    else open.delete(parsed.data.voteId);
  }
  const results: VoteResult[] = [];
  for (const voteId of open) {
    if (except.includes(voteId)) continue;
    const result = await recoverVote(records, signer, voteId, now);
    if (result) results.push(result);
    await records.append(INDEX_STREAM, { voteId, state: 'closed' } satisfies VoteIndexRecord, null);
  }
  return results;
}

async function recoverVote(
  records: RoomRecords,
  signer: RoomSigner,
  voteId: string,
  now: number,
): Promise<VoteResult | undefined> {
  const stored = await readVoteRecord(records, voteId);
  let entries = stored.entries;
  const last = entries.at(-1);
  // Opened, but not even its start was stored: there is no record to finish.
  if (!last) return undefined;
  let signed = stored.signed;
  if (last.kind !== 'ended') {
    const started = voteEntryData.started.safeParse(entries[0]?.data);
    const data: VoteEntryData<'ended'> = {
      reason: 'interrupted',
      endedBy: null,
      cancelReason: null,
      tally: tallyBallots(entries, started.success ? started.data.eligible.length : 0),
    };
    const { entry } = appendEntry(resumeChain(stored.subject, last), 'ended', data as JsonValue, now);
    await records.append(voteStream(voteId), { entry } satisfies StoredVoteRecord, null);
    entries = [...entries, entry];
    signed = null;
  }
  const final = entries.at(-1);
  if (final && !signed) {
    const head = resumeChain(stored.subject, final);
    const signature = signer.sign(stored.subject, { seq: final.seq, hash: head.hash });
    signed = { seq: final.seq, hash: head.hash, signature };
    await records.append(voteStream(voteId), { signed } satisfies StoredVoteRecord, null);
  }
  return resultFromRecord({ ...stored, entries, signed });
}
