import { z } from 'zod';

/** The version tag of every exported record. A reader refuses any other tag instead of guessing. */
export const AUDIT_FORMAT = 'plenum-audit/1';

/**
 * Bounds for hostile input. A legal vote with a thousand voters, their joins and leaves and problem reports stays far
 * below them.
 */
export const AUDIT_LIMITS = {
  maxDocumentBytes: 16 * 1024 * 1024,
  maxEntries: 100_000,
  maxSubjectLength: 200,
} as const;

/**
 * A SHA-256 digest as 64 lowercase hex digits: what `sha256sum` prints, so a hash can be checked by hand and compared
 * by eye. Base64url would be 21 characters shorter, but every standard tool would need a conversion step.
 */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in lowercase hex');

/**
 * What a chain is about, e.g. `legal-vote:<vote id>`. Prefixing the kind keeps chains of different features apart even
 * if their ids were to collide. No character that JSON escapes, so the genesis hash can be recomputed with `printf`.
 */
export const AuditSubject = z
  .string()
  .min(1)
  .max(AUDIT_LIMITS.maxSubjectLength)
  .regex(/^[A-Za-z0-9._:/-]+$/, 'must be letters, digits and . _ : / -');
