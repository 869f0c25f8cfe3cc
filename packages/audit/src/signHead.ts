import { sign } from 'node:crypto';
import type { AuditSignature } from './AuditSignature.js';
import type { InstallationKey } from './InstallationKey.js';
import { type SignedHead, signedPayload } from './signedPayload.js';

/**
 * Signs the head of `subject`'s chain with the installation key. Ed25519 is deterministic, so the same head always
 * gives the same signature; sign again whenever the chain grows (the legal vote signs once, after its final entry).
 */
export function signHead(key: InstallationKey, subject: string, head: SignedHead): AuditSignature {
  const value = sign(null, signedPayload(subject, head), key.privateKey).toString('base64');
  return { alg: 'Ed25519', publicKey: key.publicKey, value };
}
