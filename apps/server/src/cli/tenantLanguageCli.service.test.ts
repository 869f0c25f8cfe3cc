import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/** Runs `plenum …` in this process against a PGlite database under `dataDir`, with only the given environment. */
async function plenum(dataDir: string, env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { PLENUM_DATA_DIR: dataDir, ...env },
    cwd: dataDir,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('plenum tenants: a tenant language', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'plenum-cli-language-'));
    expect((await plenum(dataDir, {}, 'tenants', 'create', 'kreis', '--name', 'Kreis Nord')).code).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('showsTheInstallationDefaultUntilTheTenantSetsItsOwnAndGoesBackOnUnset', async () => {
    expect((await plenum(dataDir, {}, 'tenants', 'show', 'kreis')).stdout).toMatch(/^language\s+de\s+\(default\)$/m);
    const englishDefault = await plenum(dataDir, { PLENUM_TENANT_LANGUAGE: 'en' }, 'tenants', 'show', 'kreis');
    expect(englishDefault.stdout).toMatch(/^language\s+en\s+\(default\)$/m);

    expect(await plenum(dataDir, {}, 'tenants', 'set', 'kreis', 'language', 'en')).toMatchObject({
      code: 0,
      stdout: 'kreis: language = en\n',
    });
    expect((await plenum(dataDir, {}, 'tenants', 'show', 'kreis')).stdout).toMatch(/^language\s+en$/m);

    expect(await plenum(dataDir, {}, 'tenants', 'unset', 'kreis', 'language')).toMatchObject({
      code: 0,
      stdout: 'kreis: language back to the default (de)\n',
    });
    expect((await plenum(dataDir, {}, 'tenants', 'show', 'kreis')).stdout).toMatch(/^language\s+de\s+\(default\)$/m);
  }, 60_000);

  it('refusesALanguageOtherThanGermanOrEnglishWithExitCode2AndChangesNothing', async () => {
    expect((await plenum(dataDir, {}, 'tenants', 'set', 'kreis', 'language', 'de')).code).toBe(0);
    const refused = await plenum(dataDir, {}, 'tenants', 'set', 'kreis', 'language', 'fr');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/language "fr" must be de or en/);
    expect((await plenum(dataDir, {}, 'tenants', 'show', 'kreis')).stdout).toMatch(/^language\s+de$/m);
  }, 60_000);

  it('refusesABadInstallationDefaultBeforeTouchingTheDatabase', async () => {
    const refused = await plenum(dataDir, { PLENUM_TENANT_LANGUAGE: 'fr' }, 'tenants', 'show', 'kreis');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/tenantDefaults\.language \(from environment variable PLENUM_TENANT_LANGUAGE\)/);
  }, 60_000);
});
