import { z } from 'zod';
import { AuditEntry } from './AuditEntry.js';
import { AuditSignature } from './AuditSignature.js';
import { AUDIT_FORMAT, AUDIT_LIMITS, AuditSubject, Sha256Hex } from './auditFormat.js';

/**
 * The exported record of one chain, `plenum-audit/1`: everything a verifier needs, offline. `head` names the last entry
 * and is what `signature` signs (see `signedPayload`); the entries are in seq order. Unknown fields are refused at every
 * level, so nothing unsigned can be smuggled in next to signed content.
 */
export const AuditDocument = z.strictObject({
  format: z.literal(AUDIT_FORMAT),
  subject: AuditSubject,
  entries: z.array(AuditEntry).min(1).max(AUDIT_LIMITS.maxEntries),
  head: z.strictObject({
    seq: z
      .int()
      .min(0)
      .max(AUDIT_LIMITS.maxEntries - 1),
    hash: Sha256Hex,
  }),
  signature: AuditSignature,
});
export type AuditDocument = z.infer<typeof AuditDocument>;
