import { type AuditSignature, type InstallationKey, type SignedHead, signHead } from '@plenum/audit';

/**
 * Signs the head of an audit chain (`@plenum/audit`) with the installation's Ed25519 key, for records that must be
 * verifiable offline (the legal vote signs its final entry). A port, so that modules never hold the private key:
 * the host injects one built from the installation key (`installationSigner`), tests one over an in-memory key.
 * Synchronous, because Ed25519 signing is fast and a room handler must not await.
 */
export interface RoomSigner {
  sign(subject: string, head: SignedHead): AuditSignature;
}

/** The signer over the installation key, as the host injects it. */
export function installationSigner(key: InstallationKey): RoomSigner {
  return { sign: (subject, head) => signHead(key, subject, head) };
}
