import { z } from 'zod';
import { AuditSubject, Sha256Hex } from './auditFormat.js';

/**
 * What a participant keeps to find their own entry later (a voter: their ballot): the chain's subject and the entry's
 * hash. A feature may add fields of its own (the pseudonymous vote's token) in a schema that extends this one.
 */
export const AuditReceipt = z.object({
  subject: AuditSubject,
  entryHash: Sha256Hex,
});
export type AuditReceipt = z.infer<typeof AuditReceipt>;
