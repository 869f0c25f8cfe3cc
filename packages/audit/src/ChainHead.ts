import type { AuditEntry } from './AuditEntry.js';
import { AuditSubject } from './auditFormat.js';
import { entryHash } from './entryHash.js';
import { genesisHash } from './genesisHash.js';

/**
 * Where the next entry of a chain goes: its `seq`, and the `hash` it must name as `prev` (the last entry's hash, or the
 * genesis hash of an empty chain). A plain value: the writer keeps it next to its state and replaces it on each append.
 */
export interface ChainHead {
  readonly subject: string;
  readonly seq: number;
  readonly hash: string;
}

/** The head of a chain that has no entries yet. Throws if `subject` is not an `AuditSubject`. */
export function startChain(subject: string): ChainHead {
  return { subject: AuditSubject.parse(subject), seq: 0, hash: genesisHash(subject) };
}

/**
 * The head after `last`, the newest stored entry: how a writer carries on after a restart. It trusts the store; the
 * export is checked by `verifyChain`.
 */
export function resumeChain(subject: string, last: AuditEntry): ChainHead {
  return { subject: AuditSubject.parse(subject), seq: last.seq + 1, hash: entryHash(last) };
}
