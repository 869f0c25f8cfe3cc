import { z } from 'zod';

/**
 * The installation's Ed25519 signature over a chain's head (see `signedPayload`). It carries the public key, so anyone
 * can check it offline; whether that key is the installation's is a separate question, answered by comparing
 * `publicKeyFingerprint` with the fingerprint the operator publishes.
 */
export const AuditSignature = z.strictObject({
  alg: z.literal('Ed25519'),
  /** The public key as base64 of its DER SubjectPublicKeyInfo (44 bytes for Ed25519); `openssl pkey -pubin -inform DER` reads it. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{59}=$/, 'must be an Ed25519 public key (base64 DER SPKI)'),
  /** The 64-byte signature, base64. */
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'must be an Ed25519 signature (base64)'),
});
export type AuditSignature = z.infer<typeof AuditSignature>;
