import type { AuditEntry } from './AuditEntry.js';
import type { AuditReceipt } from './AuditReceipt.js';
import type { VerifiedChain } from './verifyChain.js';

export type ReceiptCheck =
  | { readonly ok: true; readonly entry: AuditEntry }
  /** The receipt belongs to another chain (another vote). */
  | { readonly ok: false; readonly problem: 'otherSubject' }
  /** The receipt's entry is not in this record: it was left out or changed. */
  | { readonly ok: false; readonly problem: 'notInChain' };

/**
 * Whether the receipt's entry is part of a record. Takes a `VerifiedChain` (from `verifyChain`), not a raw document:
 * finding an entry in an unverified record would prove nothing.
 */
export function checkReceipt(chain: VerifiedChain, receipt: AuditReceipt): ReceiptCheck {
  if (receipt.subject !== chain.subject) return { ok: false, problem: 'otherSubject' };
  const found = chain.entries.find(({ hash }) => hash === receipt.entryHash);
  return found ? { ok: true, entry: found.entry } : { ok: false, problem: 'notInChain' };
}
