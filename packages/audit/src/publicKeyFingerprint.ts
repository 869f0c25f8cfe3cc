import { sha256Hex } from './sha256Hex.js';

/**
 * The fingerprint an operator publishes and a verifier compares: SHA-256 (hex) of the public key's DER
 * SubjectPublicKeyInfo. By hand: `base64 -d <<< "$publicKey" | sha256sum`.
 */
export function publicKeyFingerprint(publicKeyBase64: string): string {
  return sha256Hex(Buffer.from(publicKeyBase64, 'base64'));
}
