/**
 * Where and why a record fails verification. `seq` is the entry's number in the signed chain; `index` is a position in
 * the document's `entries` array (they differ once entries are missing or added).
 */
export type ChainProblem =
  /** The text is larger than the verifier accepts. */
  | { readonly kind: 'tooLarge'; readonly maxBytes: number }
  /** Not JSON, not `plenum-audit/1`, or a field out of shape; `path` is a JSON Pointer into the document. */
  | { readonly kind: 'malformed'; readonly path: string; readonly message: string }
  /** The signature does not match head, subject and public key: any of them, or the signature, was changed. */
  | { readonly kind: 'badSignature' }
  /** Signed correctly, but by a key that is not among the trusted ones. */
  | { readonly kind: 'unknownKey'; readonly fingerprint: string }
  /** The entry numbered `seq`, at `index`, is not the one that was signed. */
  | { readonly kind: 'entryChanged'; readonly seq: number; readonly index: number }
  /** The signed chain has an entry numbered `seq`, and the document has none. */
  | { readonly kind: 'entryRemoved'; readonly seq: number }
  /** The entry at `index` is not part of the signed chain. */
  | { readonly kind: 'entryInserted'; readonly index: number }
  /** The entry at `index` (numbered `seq`) is a signed one, but out of order. */
  | { readonly kind: 'entryReordered'; readonly seq: number; readonly index: number }
  /**
   * Validly signed, yet the chain itself is wrong: entry `seq` carries another number, or the first entry does not
   * start from the subject's genesis hash. Only the signer can produce this, so it is a bug on the writing side.
   */
  | { readonly kind: 'brokenChain'; readonly seq: number; readonly index: number };

export type ChainProblemKind = ChainProblem['kind'];
