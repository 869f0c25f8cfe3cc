import { z } from 'zod';
import { AUDIT_LIMITS, Sha256Hex } from './auditFormat.js';
import { JsonValue } from './JsonValue.js';

/**
 * One link of the chain. `seq` counts from 0 without gaps; `prev` is the `entryHash` of the entry before (for seq 0,
 * the chain's `genesisHash`), so changing, removing, inserting or reordering an entry breaks a link. `kind` and `data`
 * belong to the feature that writes the chain (`ballotCast`, `{ token, choice }`); the chain itself never reads them.
 * Unknown fields are refused, because a field the hash does not cover must not slip into a record.
 */
export const AuditEntry = z.strictObject({
  seq: z
    .int()
    .min(0)
    .max(AUDIT_LIMITS.maxEntries - 1),
  /** When the fact happened, UTC, as `Date.prototype.toISOString` writes it. */
  at: z.iso.datetime(),
  kind: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'must be a short identifier'),
  data: JsonValue,
  prev: Sha256Hex,
});
export type AuditEntry = z.infer<typeof AuditEntry>;
