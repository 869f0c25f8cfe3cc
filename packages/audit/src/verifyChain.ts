import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { z } from 'zod';
import { AuditDocument } from './AuditDocument.js';
import type { AuditEntry } from './AuditEntry.js';
import { AUDIT_LIMITS } from './auditFormat.js';
import type { ChainProblem } from './ChainProblem.js';
import { entryHash } from './entryHash.js';
import { genesisHash } from './genesisHash.js';
import { publicKeyFingerprint } from './publicKeyFingerprint.js';
import { signedPayload } from './signedPayload.js';

export interface VerifyOptions {
  /**
   * Fingerprints (`publicKeyFingerprint`) of the keys to accept. Without them, any key that signed correctly is
   * accepted and `keyTrusted` is false: the caller must show the fingerprint so a person can compare it with the one
   * the operator published, or else anyone could re-sign a forged record with a key of their own.
   */
  readonly trustedFingerprints?: readonly string[];
  /** Upper bound for a text input, in UTF-8 bytes; default `AUDIT_LIMITS.maxDocumentBytes`. */
  readonly maxBytes?: number;
}

/** A record that verified: its entries with their hashes, in chain order. */
export interface VerifiedChain {
  readonly document: AuditDocument;
  readonly subject: string;
  readonly entries: readonly { readonly entry: AuditEntry; readonly hash: string }[];
  readonly fingerprint: string;
  readonly keyTrusted: boolean;
}

export type VerifyResult =
  | ({ readonly ok: true } & VerifiedChain)
  | { readonly ok: false; readonly problem: ChainProblem };

/**
 * Checks an exported record offline: its shape, the signature over its head, and then the chain from the signed head
 * back to the subject's genesis hash (every hash, every `prev` link, seq continuity), and that the document holds
 * exactly those entries in that order. The signature is the anchor, so a change anywhere, including to the last entry,
 * is caught; the first problem found walking back from the head is named with its place.
 *
 * `exported` is the parsed JSON, or the file's text (then the size limit applies before parsing). Never throws on
 * hostile input: every failure is a `ChainProblem`.
 */
export function verifyChain(exported: unknown, options: VerifyOptions = {}): VerifyResult {
  try {
    return verifyParsed(exported, options);
  } catch (error) {
    // Defence in depth: anything unforeseen (e.g. a stack overflow in a parser) is a refusal, not a crash.
    return fail({ kind: 'malformed', path: '', message: error instanceof Error ? error.name : 'unreadable' });
  }
}

function verifyParsed(exported: unknown, options: VerifyOptions): VerifyResult {
  let input = exported;
  if (typeof input === 'string') {
    const maxBytes = options.maxBytes ?? AUDIT_LIMITS.maxDocumentBytes;
    if (Buffer.byteLength(input, 'utf8') > maxBytes) return fail({ kind: 'tooLarge', maxBytes });
    try {
      input = JSON.parse(input);
    } catch {
      return fail({ kind: 'malformed', path: '', message: 'not JSON' });
    }
  }
  const parsed = AuditDocument.safeParse(input);
  if (!parsed.success) return fail(malformed(parsed.error));
  const document = parsed.data;

  const publicKey = ed25519PublicKey(document.signature.publicKey);
  if (!publicKey) return fail({ kind: 'malformed', path: '/signature/publicKey', message: 'not an Ed25519 key' });
  const signature = Buffer.from(document.signature.value, 'base64');
  if (!verify(null, signedPayload(document.subject, document.head), publicKey, signature)) {
    return fail({ kind: 'badSignature' });
  }
  const fingerprint = publicKeyFingerprint(document.signature.publicKey);
  const trusted = options.trustedFingerprints;
  if (trusted && !trusted.includes(fingerprint)) return fail({ kind: 'unknownKey', fingerprint });

  const hashes = document.entries.map(entryHash);
  const chain = walkBack(document, hashes);
  if (!Array.isArray(chain)) return fail(chain);
  const problem = compareOrder(document.entries, chain);
  if (problem) return fail(problem);
  return {
    ok: true,
    document,
    subject: document.subject,
    entries: chain.map((index) => ({ entry: document.entries[index] as AuditEntry, hash: hashes[index] as string })),
    fingerprint,
    keyTrusted: trusted !== undefined,
  };
}

/**
 * Follows `prev` links from the signed head down to seq 0, looking each hash up among the document's entries. Returns
 * the positions of the signed entries in chain order, or the first break: a hash no entry has means that entry was
 * changed (an entry with its seq is there) or removed (none is).
 */
function walkBack(document: AuditDocument, hashes: readonly string[]): number[] | ChainProblem {
  const indexByHash = new Map<string, number>();
  hashes.forEach((hash, index) => {
    if (!indexByHash.has(hash)) indexByHash.set(hash, index);
  });
  const chain: number[] = [];
  let expected = document.head.hash;
  for (let seq = document.head.seq; seq >= 0; seq--) {
    const index = indexByHash.get(expected);
    if (index === undefined) {
      const claimed = document.entries.findIndex((entry) => entry.seq === seq);
      return claimed >= 0 ? { kind: 'entryChanged', seq, index: claimed } : { kind: 'entryRemoved', seq };
    }
    const entry = document.entries[index] as AuditEntry;
    if (entry.seq !== seq) return { kind: 'brokenChain', seq, index };
    chain.push(index);
    expected = entry.prev;
  }
  if (expected !== genesisHash(document.subject)) return { kind: 'brokenChain', seq: 0, index: chain.at(-1) ?? 0 };
  return chain.reverse();
}

/** The signed entries must be all of the document's entries, in chain order. */
function compareOrder(entries: readonly AuditEntry[], chain: readonly number[]): ChainProblem | null {
  for (let position = 0; position < entries.length; position++) {
    if (chain[position] === position) continue;
    if (entries.length > chain.length) return { kind: 'entryInserted', index: position };
    return { kind: 'entryReordered', seq: (entries[position] as AuditEntry).seq, index: position };
  }
  return null;
}

function ed25519PublicKey(base64: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

function malformed(error: z.ZodError): ChainProblem {
  const issue = error.issues[0];
  const path = (issue?.path ?? []).map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`);
  return { kind: 'malformed', path: path.join(''), message: issue?.message ?? 'invalid' };
}

function fail(problem: ChainProblem): VerifyResult {
  return { ok: false, problem };
}
