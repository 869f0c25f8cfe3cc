import type { KeyObject } from 'node:crypto';

/** The installation's Ed25519 signing key, as `loadOrCreateInstallationKey` hands it out. */
export interface InstallationKey {
  readonly privateKey: KeyObject;
  /** Base64 of the DER SubjectPublicKeyInfo, as it appears in `AuditSignature.publicKey`. */
  readonly publicKey: string;
  /** `publicKeyFingerprint(publicKey)`: what the operator publishes. */
  readonly fingerprint: string;
}
