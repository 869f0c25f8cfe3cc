/**
 * The audit formats' schemas alone, without hashing, signing or keys (which need `node:crypto`): what a browser
 * bundle may import (`@plenum/audit/schemas`), e.g. a protocol that carries a signed head.
 */
export { AuditSignature } from './AuditSignature.js';
export { Sha256Hex } from './auditFormat.js';
