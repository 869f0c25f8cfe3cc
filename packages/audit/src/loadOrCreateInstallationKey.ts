import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { InstallationKey } from './InstallationKey.js';
import { KeyStoreError } from './KeyStoreError.js';
import { publicKeyFingerprint } from './publicKeyFingerprint.js';

/** The key file's name inside the key directory. */
export const INSTALLATION_KEY_FILE = 'audit-ed25519.pem';

/** A PKCS#8 PEM of an Ed25519 key is about 120 bytes; anything this large is not one. */
const MAX_KEY_FILE_CHARS = 16 * 1024;

/**
 * Loads the installation's Ed25519 key from `directory/audit-ed25519.pem` (PKCS#8 PEM), creating it on first use.
 *
 * Creation is atomic and never overwrites: the key is written to a temporary file (mode 0600, synced) and hard-linked
 * into place, so a crash leaves no half-written key, and of two processes starting at once both end up with the one
 * that was linked first. An existing file that cannot be read or is not an Ed25519 private key is a `KeyStoreError`,
 * never replaced. The directory is created with mode 0700 if missing.
 */
export async function loadOrCreateInstallationKey(directory: string): Promise<InstallationKey> {
  const path = join(directory, INSTALLATION_KEY_FILE);
  const existing = await loadKey(path);
  if (existing) return existing;
  await createKey(directory, path);
  const created = await loadKey(path);
  if (!created) throw new KeyStoreError('notWritable', path);
  return created;
}

async function loadKey(path: string): Promise<InstallationKey | null> {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new KeyStoreError('unreadable', path, { cause: error });
  }
  if (pem.length > MAX_KEY_FILE_CHARS) throw new KeyStoreError('corrupt', path);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new KeyStoreError('corrupt', path, { cause: error });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new KeyStoreError('wrongKeyType', path);
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateKey, publicKey, fingerprint: publicKeyFingerprint(publicKey) };
}

async function createKey(directory: string, path: string): Promise<void> {
  const temporary = join(directory, `.${INSTALLATION_KEY_FILE}.${randomUUID()}.tmp`);
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.chmod(0o600); // the umask may only take bits away, but be explicit
      await file.writeFile(privateKey.export({ type: 'pkcs8', format: 'pem' }));
      await file.sync();
    } finally {
      await file.close();
    }
    await link(temporary, path).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw error; // another process won the race: use its key
    });
    await syncDirectory(directory);
  } catch (error) {
    throw new KeyStoreError('notWritable', path, { cause: error });
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** Makes the new directory entry durable, so a crash right after start-up cannot lose the key that signed something. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
