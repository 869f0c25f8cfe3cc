import type { AuditDocument } from './AuditDocument.js';
import type { AuditEntry } from './AuditEntry.js';
import { AUDIT_FORMAT } from './auditFormat.js';
import { canonicalJson } from './canonicalJson.js';
import { entryHash } from './entryHash.js';
import type { InstallationKey } from './InstallationKey.js';
import { signHead } from './signHead.js';

/**
 * The signed export of `subject`'s chain: the entries as stored (seq order), the head (the last entry) and the
 * installation's signature over it. Throws if there are no entries: an empty record proves nothing.
 */
export function exportChain(subject: string, entries: readonly AuditEntry[], key: InstallationKey): AuditDocument {
  const last = entries.at(-1);
  if (!last) throw new Error('an audit chain needs at least one entry to be exported');
  const head = { seq: last.seq, hash: entryHash(last) };
  return { format: AUDIT_FORMAT, subject, entries: [...entries], head, signature: signHead(key, subject, head) };
}

/**
 * The document as a file: canonical JSON except that each entry sits on its own line, exactly as it is hashed. Any
 * JSON reader reads it; a person can check a link with `sed -n` and `sha256sum` (see the README).
 */
export function serializeAuditDocument(document: AuditDocument): string {
  const { entries, ...rest } = document;
  const lines = entries.map((entry) => canonicalJson(entry)).join(',\n');
  // "entries" sorts before every other key, so putting it first keeps the key order canonical.
  return `{"entries":[\n${lines}\n],${canonicalJson(rest).slice(1)}\n`;
}
