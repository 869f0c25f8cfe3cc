import { AUDIT_FORMAT } from './auditFormat.js';
import { canonicalJson } from './canonicalJson.js';
import { sha256Hex } from './sha256Hex.js';

/**
 * The `prev` of a chain's first entry: SHA-256 of `{"format":"plenum-audit/1","subject":"<subject>"}` (canonical
 * JSON). It binds the whole chain to its subject, so the entries of one vote cannot be passed off as another's.
 */
export function genesisHash(subject: string): string {
  return sha256Hex(canonicalJson({ format: AUDIT_FORMAT, subject }));
}
