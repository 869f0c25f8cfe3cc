import { AUDIT_FORMAT } from './auditFormat.js';
import { canonicalJson } from './canonicalJson.js';

/** The last entry of a chain: its seq and its `entryHash`. */
export interface SignedHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * The exact bytes the installation signs: the canonical JSON of `{ format, subject, seq, head }`. The head hash binds
 * every entry (each names the one before); seq says how many entries there are, so a verifier can tell a removed last
 * entry from a changed one; subject and format keep the signature from being reused for another chain or version.
 */
export function signedPayload(subject: string, head: SignedHead): Buffer {
  return Buffer.from(canonicalJson({ format: AUDIT_FORMAT, subject, seq: head.seq, head: head.hash }), 'utf8');
}
