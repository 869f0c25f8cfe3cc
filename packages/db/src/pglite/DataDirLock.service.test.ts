import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../openDatabase.js';
import { DatabaseLockedError } from './DataDirLock.js';

/** A pid that certainly belongs to no live process: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid;
  await new Promise((resolve) => child.on('exit', resolve));
  if (pid === undefined) throw new Error('no pid');
  return pid;
}

describe('openDatabase on pglite takes the data-directory lock', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'plenum-lock-test-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writesItsPidAndRefusesASecondOpenUntilClosed', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await readFile(join(dataDir, 'db.lock'), 'utf8')).toBe(`${process.pid}\n`);
      const failure = await openDatabase({ kind: 'pglite', dataDir }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DatabaseLockedError);
      expect((failure as DatabaseLockedError).pid).toBe(process.pid);
      expect((failure as Error).message).toMatch(/in use by process \d+/);
    } finally {
      await first.close();
    }
    const second = await openDatabase({ kind: 'pglite', dataDir });
    await second.close();
  });

  it('removesTheLockFileOnClose', async () => {
    const opened = await openDatabase({ kind: 'pglite', dataDir });
    await opened.close();
    await expect(readFile(join(dataDir, 'db.lock'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('takesOverALockLeftByAProcessThatIsGone', async () => {
    await writeFile(join(dataDir, 'db.lock'), `${await deadPid()}\n`);
    const opened = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await readFile(join(dataDir, 'db.lock'), 'utf8')).toBe(`${process.pid}\n`);
    } finally {
      await opened.close();
    }
  });

  it('takesOverAnUnreadableLock', async () => {
    await writeFile(join(dataDir, 'db.lock'), 'garbage');
    const opened = await openDatabase({ kind: 'pglite', dataDir });
    await opened.close();
  });
});
