import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The embedded database's data directory is in use by another live process (or by this one, opened twice). */
export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
  /** The process holding the lock. */
  readonly pid: number;
  readonly lockFile: string;

  constructor(dataDir: string, pid: number, lockFile: string) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (a running Plenum server or CLI). ` +
        `Stop that process first, or use PostgreSQL, which many processes can share. Lock file: ${lockFile}`,
    );
    this.pid = pid;
    this.lockFile = lockFile;
  }
}

/** An exclusive claim on a PGlite data directory, held until `release`. */
export interface DataDirLock {
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): Promise<void>;
}

/**
 * Claims `<dataDir>/db.lock` for this process, because PGlite is a single-process database: two processes writing
 * the same files corrupt them. The file holds the owner's pid and is created exclusively (`wx`), so of two processes
 * starting at once exactly one wins. A lock whose process is gone (crash, SIGKILL) or whose content is unreadable is
 * stale and taken over. Rejects with {@link DatabaseLockedError} while the owner lives.
 *
 * Limits, accepted for a single-host embedded database: a pid reused by an unrelated process keeps a stale lock
 * alive until the file is removed by hand; two processes taking over the same stale lock at the same instant may
 * both see it free. Neither happens when Plenum is stopped normally, which removes the file.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const lockFile = join(dataDir, 'db.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return ownedLock(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockFile);
    if (holder !== undefined && isAlive(holder)) throw new DatabaseLockedError(dataDir, holder, lockFile);
    if (attempt >= 2) throw new Error(`Cannot take the database lock ${lockFile}: it keeps reappearing`);
    await unlink(lockFile).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

function ownedLock(lockFile: string): DataDirLock {
  let released: Promise<void> | undefined;
  return {
    release() {
      released ??= (async () => {
        if ((await readHolder(lockFile)) === process.pid) await unlink(lockFile).catch(() => undefined);
      })();
      return released;
    },
  };
}

async function readHolder(lockFile: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(lockFile, 'utf8')).trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
