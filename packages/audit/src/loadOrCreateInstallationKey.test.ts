import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyStoreError } from './KeyStoreError.js';
import { INSTALLATION_KEY_FILE, loadOrCreateInstallationKey } from './loadOrCreateInstallationKey.js';
import { publicKeyFingerprint } from './publicKeyFingerprint.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plenum-keys-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function refusal(directory: string): Promise<string> {
  try {
    await loadOrCreateInstallationKey(directory);
    return 'loaded';
  } catch (error) {
    if (error instanceof KeyStoreError) return error.code;
    throw error;
  }
}

describe('loadOrCreateInstallationKey', () => {
  it('createsAnEd25519KeyReadableOnlyByItsOwnerInAMissingDirectory', async () => {
    const directory = join(root, 'nested', 'keys');
    const key = await loadOrCreateInstallationKey(directory);
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    expect((await stat(join(directory, INSTALLATION_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    expect(await readdir(directory)).toEqual([INSTALLATION_KEY_FILE]);
    expect(await readFile(join(directory, INSTALLATION_KEY_FILE), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('reusesTheSameKeyOnEveryLaterLoad', async () => {
    const first = await loadOrCreateInstallationKey(root);
    const file = await readFile(join(root, INSTALLATION_KEY_FILE), 'utf8');
    const again = await loadOrCreateInstallationKey(root);
    expect(again.publicKey).toBe(first.publicKey);
    expect(await readFile(join(root, INSTALLATION_KEY_FILE), 'utf8')).toBe(file);
    const signature = sign(null, Buffer.from('head'), first.privateKey);
    expect(verify(null, Buffer.from('head'), again.privateKey, signature)).toBe(true);
  });

  it('givesAllOfSeveralConcurrentStartsTheSameKey', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateInstallationKey(root)));
    expect(new Set(keys.map((key) => key.publicKey)).size).toBe(1);
    expect(await readdir(root)).toEqual([INSTALLATION_KEY_FILE]);
  });

  it('fingerprintsTheDerPublicKey', async () => {
    const key = await loadOrCreateInstallationKey(root);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(44);
    expect(key.fingerprint).toBe(publicKeyFingerprint(key.publicKey));
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refusesACorruptKeyFileAndLeavesItAlone', async () => {
    const path = join(root, INSTALLATION_KEY_FILE);
    await writeFile(path, '-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n', { mode: 0o600 });
    expect(await refusal(root)).toBe('corrupt');
    expect(await readFile(path, 'utf8')).toContain('broken');
    await writeFile(path, '');
    expect(await refusal(root)).toBe('corrupt');
  });

  it('refusesAKeyOfAnotherType', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(join(root, INSTALLATION_KEY_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(await refusal(root)).toBe('wrongKeyType');
  });

  it('refusesAKeyFileItCannotRead', async () => {
    await mkdir(join(root, INSTALLATION_KEY_FILE));
    expect(await refusal(root)).toBe('unreadable');
  });
});
