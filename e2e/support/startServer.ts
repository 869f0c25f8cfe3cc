import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freeSipPort } from './ports.js';

export interface RunningServer {
  readonly url: string;
  readonly dataDir: string;
  /** The UDP/TCP port of its embedded SIP gateway on 127.0.0.1. */
  readonly sipPort: number;
  readonly process: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** SIGTERM, and resolves with the exit code. */
  stop(): Promise<number | null>;
}

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'apps/server/dist/main.js');

/**
 * Starts Plenum the way `npm start` does after its set-up step: the built server, embedded
 * defaults (PGlite, Janus as a child process), its own data directory and port.
 */
export async function startServer(
  port: number,
  env: Record<string, string> = {},
  options: { dataDir?: string; keepData?: boolean } = {},
): Promise<RunningServer> {
  if (!existsSync(entry) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
    throw new Error('Plenum is not built: run `npm test` (which builds) or `npm run build` first');
  }
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'plenum-e2e-')));
  const sipPort = await freeSipPort();
  const child = spawn(process.execPath, [entry], {
    cwd: dataDir,
    env: {
      ...process.env,
      PLENUM_PORT: String(port),
      PLENUM_DATA_DIR: dataDir,
      PLENUM_LOG_LEVEL: 'warn',
      // The embedded SIP gateway of every instance gets its own port, so instances can run side by side.
      PLENUM_SIP_LISTEN: `127.0.0.1:${sipPort}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 30_000);
    const check = () => {
      const match = /Open (http:\/\/\S+) in your browser/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    sipPort,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
