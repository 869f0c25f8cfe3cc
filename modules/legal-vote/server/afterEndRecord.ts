import {
  AUDIT_FORMAT,
  AUDIT_LIMITS,
  type AuditDocument,
  type AuditEntry,
  entryHash,
  Sha256Hex,
  type VerifiedChain,
} from '@plenum/audit';
import type { RoomRecords } from '@plenum/room-kit';
import { z } from 'zod';
import type { SignedRecordHead } from '../protocol.js';
import { StoredVoteRecord, voteSubject } from './voteRecord.js';

/**
 * Ballots after a vote's end, recorded without touching the vote's own record: its signed end stays final. They go
 * into a second hash chain per vote (`legal-vote:<id>:after-end`, stream `vote:<id>:after-end`), whose first entry names
 * the vote's signed final head, and whose head is signed again after every append. It is a `plenum-audit/1` document
 * of its own, so `verifyChain` checks it as it is; that it follows the vote is in its first entry.
 */
export const afterEndEntryData = {
  /** The first entry: which vote's end this log follows (the signed final head of that vote's record). */
  follows: z.object({ voteId: z.string(), end: z.object({ seq: z.number(), hash: Sha256Hex }) }),
  /** A ballot after the end, refused with `voteEnded`: who tried it (never the choice, never a token). */
  ballotRefused: z.object({
    reason: z.literal('voteEnded'),
    participant: z.string(),
    userId: z.string().nullable(),
    name: z.string(),
  }),
} as const;
export type AfterEndEntryKind = keyof typeof afterEndEntryData;
export type AfterEndEntryData<K extends AfterEndEntryKind> = z.infer<(typeof afterEndEntryData)[K]>;

/**
 * Most refusals after the end recorded per person (account, or guest session) and vote. Later ones are refused
 * the same way without being recorded, so nobody can grow a closed vote's record without bound.
 */
export const MAX_RECORDED_REFUSALS_AFTER_END = 20;

export const afterEndStream = (voteId: string): string => `vote:${voteId}:after-end`;
export const afterEndSubject = (voteId: string): string => `legal-vote:${voteId}:after-end`;

/**
 * The signed `plenum-audit/1` document of a vote's after-the-end log, read from the room's records; null when nothing
 * was refused after the end. The last stored signature covers the last stored entry, or the log is cut off (a write
 * failed): then only the signed part is exported.
 */
export async function readAfterEndDocument(records: RoomRecords, voteId: string): Promise<AuditDocument | null> {
  const bodies = await records.latest(afterEndStream(voteId), 2 * AUDIT_LIMITS.maxEntries);
  const entries: AuditEntry[] = [];
  let signed: { readonly entries: number; readonly head: SignedRecordHead } | null = null;
  for (const body of bodies) {
    const parsed = StoredVoteRecord.safeParse(body);
    if (!parsed.success) continue;
    if ('entry' in parsed.data) entries.push(parsed.data.entry);
    else signed = { entries: entries.length, head: { ...parsed.data.signed } };
  }
  if (!signed) return null;
  const covered = entries.slice(0, signed.entries);
  const last = covered.at(-1);
  if (!last || last.seq !== signed.head.seq || entryHash(last) !== signed.head.hash)
    throw new Error('the stored signature is not over the after-the-end log');
  return {
    format: AUDIT_FORMAT,
    subject: afterEndSubject(voteId),
    entries: covered,
    head: { seq: last.seq, hash: signed.head.hash },
    signature: signed.head.signature,
  };
}

/** Why an after-the-end log does not belong to a record; `ok` with the number of refusals in it when it does. */
export type AfterEndCheck =
  | { readonly ok: true; readonly refused: number }
  | {
      readonly ok: false;
      readonly problem: 'otherVote' | 'otherKey' | 'notAfterTheEnd' | 'malformedEntry';
      readonly seq?: number;
    };

/**
 * Whether a verified after-the-end log follows a verified vote record: it is that vote's log (subject), signed by the
 * same key, its first entry (`follows`) names exactly the record's signed end, and every later entry is a ballot refused
 * after the end. Run it on two chains `verifyChain` accepted: on unverified ones it proves nothing.
 */
export function afterEndFollows(record: VerifiedChain, afterEnd: VerifiedChain): AfterEndCheck {
  if (afterEnd.subject !== `${record.subject}:after-end`) return { ok: false, problem: 'otherVote' };
  if (afterEnd.fingerprint !== record.fingerprint) return { ok: false, problem: 'otherKey' };
  const [first, ...rest] = afterEnd.entries.map((e) => e.entry);
  const follows = first?.kind === 'follows' ? afterEndEntryData.follows.safeParse(first.data) : undefined;
  const head = record.document.head;
  if (
    !follows?.success ||
    voteSubject(follows.data.voteId) !== record.subject ||
    follows.data.end.seq !== head.seq ||
    follows.data.end.hash !== head.hash
  )
    return { ok: false, problem: 'notAfterTheEnd', seq: first?.seq ?? 0 };
  for (const entry of rest)
    if (entry.kind !== 'ballotRefused' || !afterEndEntryData.ballotRefused.safeParse(entry.data).success)
      return { ok: false, problem: 'malformedEntry', seq: entry.seq };
  return { ok: true, refused: rest.length };
}
