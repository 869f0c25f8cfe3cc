import { AuditEntry } from './AuditEntry.js';
import type { ChainHead } from './ChainHead.js';
import { entryHash } from './entryHash.js';
import type { JsonValue } from './JsonValue.js';

/** A new entry, its hash (what a receipt names) and the head to append the one after it to. */
export interface AppendedEntry {
  readonly entry: AuditEntry;
  readonly hash: string;
  readonly head: ChainHead;
}

/**
 * Builds the entry that follows `head`, happening `at` (a Date, or epoch milliseconds as `ctx.now()` gives them).
 * Pure: the caller stores `entry` (before announcing its effect) and keeps `head`. Throws if `kind`, `data` or `at`
 * would not survive an export (a programming error, e.g. NaN or a Date in `data`), so a chain can never hold an entry
 * that its own verifier would refuse.
 */
export function appendEntry(head: ChainHead, kind: string, data: JsonValue, at: Date | number): AppendedEntry {
  const entry = AuditEntry.parse({ seq: head.seq, at: new Date(at).toISOString(), kind, data, prev: head.hash });
  const hash = entryHash(entry);
  return { entry, hash, head: { subject: head.subject, seq: head.seq + 1, hash } };
}
