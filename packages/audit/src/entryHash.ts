import type { AuditEntry } from './AuditEntry.js';
import { canonicalJson } from './canonicalJson.js';
import { sha256Hex } from './sha256Hex.js';

/**
 * The hash that identifies an entry: SHA-256 of its canonical JSON (RFC 8785). The next entry's `prev`, the signed head
 * and a voter's receipt all name an entry by this value.
 */
export function entryHash(entry: AuditEntry): string {
  return sha256Hex(canonicalJson(entry));
}
