import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const KeysFile = z.object({
  /** Private RSA signing key as a JWK (RS256, the algorithm every relying party supports). */
  signingKey: z.looseObject({ kty: z.literal('RSA'), kid: z.string(), d: z.string() }),
  /** Keys for the provider's own cookies. */
  cookieKeys: z.array(z.string().min(32)).min(1),
});
export type DevIdpKeys = z.infer<typeof KeysFile>;

/**
 * The provider's keys, generated once per data directory and kept in `<dataDir>/dev-idp/keys.json` (mode 0600), so
 * restarting Plenum does not invalidate tokens and cookies issued before. A damaged file is an error, not silently
 * replaced: whoever damaged it should know.
 */
export async function loadDevIdpKeys(dataDir: string): Promise<DevIdpKeys> {
  const dir = join(dataDir, 'dev-idp');
  const file = join(dir, 'keys.json');
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== undefined) {
    const parsed = KeysFile.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${file} is not a valid key file; delete it to generate new keys`);
    return parsed.data;
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const keys = KeysFile.parse({
    signingKey: { ...jwk, kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' },
    cookieKeys: [randomBytes(32).toString('base64url')],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
