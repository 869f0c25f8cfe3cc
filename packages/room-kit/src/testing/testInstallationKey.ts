import { generateKeyPairSync } from 'node:crypto';
import { type InstallationKey, publicKeyFingerprint } from '@plenum/audit';

/** A fresh Ed25519 installation key that lives only in memory: for tests and test servers, never for production. */
export function testInstallationKey(): InstallationKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey, publicKey: spki, fingerprint: publicKeyFingerprint(spki) };
}
