import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@plenum/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const serverDir = resolve(import.meta.dirname, '../..');
const cli = join(serverDir, 'dist/cli.js');

/** Runs the built CLI against `dataDir` with a clean environment (no inherited PLENUM_* settings). */
async function plenum(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Run in the data dir, so no plenum.config.json of the repository is picked up either.
  const env = { PATH: process.env.PATH ?? '', PLENUM_DATA_DIR: dataDir };
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env, cwd: dataDir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('plenum tenants (built CLI) on PGlite', () => {
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(cli)) await run(process.execPath, ['build.mjs'], { cwd: serverDir });
    dataDir = await mkdtemp(join(tmpdir(), 'plenum-cli-test-'));
  }, 60_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('createsSetsShowsListsAndUnsets', async () => {
    expect(await plenum(dataDir, 'tenants', 'create', 'musterstadt', '--name', 'Stadt Musterstadt')).toMatchObject({
      code: 0,
      stdout: 'Created tenant musterstadt (Stadt Musterstadt).\n',
    });
    expect((await plenum(dataDir, 'tenants', 'set', 'musterstadt', 'recording', 'true')).code).toBe(0);
    expect((await plenum(dataDir, 'tenants', 'set', 'musterstadt', 'maxMeetingMinutes', '90')).code).toBe(0);
    const shown = await plenum(dataDir, 'tenants', 'show', 'musterstadt');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^name\s+Stadt Musterstadt$/m);
    expect(shown.stdout).toMatch(/^recording\s+true$/m);
    expect(shown.stdout).toMatch(/^maxMeetingMinutes\s+90$/m);
    expect(shown.stdout).toMatch(/^guestsAllowed\s+true\s+\(default\)$/m);
    expect(await plenum(dataDir, 'tenants', 'list')).toMatchObject({
      code: 0,
      stdout: 'musterstadt\tStadt Musterstadt\n',
    });
    expect((await plenum(dataDir, 'tenants', 'unset', 'musterstadt', 'recording')).code).toBe(0);
    expect((await plenum(dataDir, 'tenants', 'show', 'musterstadt')).stdout).toMatch(
      /^recording\s+false\s+\(default\)$/m,
    );
  }, 90_000);

  it('refusesABadKeyOrValueWithExitCode2', async () => {
    const badKey = await plenum(dataDir, 'tenants', 'set', 'musterstadt', 'colour', 'red');
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/key "colour" must be one of guestsAllowed/);
    const badFlag = await plenum(dataDir, 'tenants', 'set', 'musterstadt', 'recording', 'maybe');
    expect(badFlag).toMatchObject({ code: 2, stdout: '' });
    expect(badFlag.stderr).toMatch(/recording "maybe" must be one of true\/false, yes\/no/);
    const badQuota = await plenum(dataDir, 'tenants', 'set', 'musterstadt', 'storageMegabytes', '-5');
    expect(badQuota.code).toBe(2);
    expect(badQuota.stderr).toMatch(/storageMegabytes "-5" must be a positive whole number/);
  }, 60_000);

  it('answersAnUnknownTenantWithExitCode1', async () => {
    const missing = await plenum(dataDir, 'tenants', 'show', 'nowhere');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/No tenant "nowhere"/);
  }, 60_000);

  it('refusesToOpenTheDatabaseWhileAnotherProcessHoldsIt', async () => {
    const held = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const refused = await plenum(dataDir, 'tenants', 'list');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`in use by process ${process.pid}`);
    } finally {
      await held.close();
    }
    expect((await plenum(dataDir, 'tenants', 'list')).code).toBe(0);
  }, 60_000);
});
