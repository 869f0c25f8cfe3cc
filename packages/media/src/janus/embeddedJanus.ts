import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.js';
import { hostIpv4 } from './hostIpv4.js';
import { type JanusInstall, renderJanusConfig } from './janusConfig.js';

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

export interface EmbeddedJanusOptions {
  /** Config and logs go to `<dataDir>/janus/`, which this launcher owns and rewrites on every start. */
  readonly dataDir: string;
  /** Default `/usr/bin/janus`. */
  readonly binary?: string;
  /** Folder holding `plugins/`, `transports/`, … Default: the first Debian/Ubuntu multiarch or /usr/local path found. */
  readonly libDir?: string;
  /** WS API port on 127.0.0.1. Default: a free port picked by the kernel. */
  readonly wsPort?: number;
  /** WebRTC (ICE) ports of the core. Default 20000–20999. Give two instances disjoint ranges. */
  readonly rtpPorts?: PortRange;
  /** AudioBridge plain-RTP participant ports. Default 21000–21999. */
  readonly audioBridgeRtpPorts?: PortRange;
  /** Janus `event_loops`. Default: the number of cores. */
  readonly eventLoops?: number;
  /**
   * Address or interface name for ICE candidates. Default: the host's first non-internal IPv4.
   * `null` enforces nothing. When the default finds no such address Janus is started anyway
   * (signalling works, media cannot: Janus never gathers on loopback) and `onWarning` is told.
   */
  readonly iceEnforce?: string | null;
  /** Public address of a 1:1 NAT in front of this host (Janus `nat_1_1_mapping`). Default none. */
  readonly publicAddress?: string | null;
  /** How long a session survives its WebSocket dropping, waiting for `claim`. Default 20 s. */
  readonly reclaimSessionTimeoutSeconds?: number;
  /** Default 10 s. */
  readonly startTimeoutMs?: number;
  /** Grace period between SIGTERM and SIGKILL in `stop()`. Default 3 s. */
  readonly stopTimeoutMs?: number;
  /** Janus `debug_level` 0–7. Default 4 (info). */
  readonly debugLevel?: number;
  /**
   * Secrets are random per start by default. A supervisor that restarts a crashed Janus may pass
   * the previous ones so that connected clients can reconnect without being rebuilt.
   */
  readonly apiSecret?: string;
  readonly adminKey?: string;
  readonly onWarning?: (message: string) => void;
}

export interface EmbeddedJanus {
  /** `ws://127.0.0.1:<port>` (subprotocol `janus-protocol`). */
  readonly url: string;
  /** Random per start. Never log it. */
  readonly apiSecret: string;
  /** VideoRoom/AudioBridge `admin_key`, random per start. Never log it. */
  readonly adminKey: string;
  /** The address ICE is enforced on, or null when none (no media possible off-host). */
  readonly iceAddress: string | null;
  readonly logFile: string;
  readonly pid: number;
  /** Resolves when the process has exited, for whatever reason. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `stopTimeoutMs`; resolves once the process is gone. Idempotent. */
  stop(): Promise<void>;
}

const LIB_DIRS = [
  '/usr/lib/x86_64-linux-gnu/janus',
  '/usr/lib/aarch64-linux-gnu/janus',
  '/usr/lib/janus',
  '/usr/local/lib/janus',
  '/opt/janus/lib/janus',
];

export class EmbeddedJanusError extends Error {
  override readonly name = 'EmbeddedJanusError';
}

async function listLibraries(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => /^libjanus_.+\.so$/.test(name));
  } catch {
    return [];
  }
}

async function detectInstall(libDir: string): Promise<JanusInstall> {
  const folder = (name: string) => join(libDir, name);
  return {
    pluginsFolder: folder('plugins'),
    transportsFolder: folder('transports'),
    eventsFolder: folder('events'),
    loggersFolder: folder('loggers'),
    plugins: await listLibraries(folder('plugins')),
    transports: await listLibraries(folder('transports')),
    events: await listLibraries(folder('events')),
    loggers: await listLibraries(folder('loggers')),
  };
}

const secret = () => randomBytes(24).toString('base64url');
const range = (r: PortRange) => `${r.min}-${r.max}`;

async function tail(file: string, lines = 30): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Janus left running by a Plenum that crashed (or was killed) with this data directory is
 * stopped before a new one starts: it would hold the same log and port range. Only a process
 * whose command line names this config folder is touched.
 */
async function stopLeftover(pidFile: string, configDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number.parseInt(await readFile(pidFile, 'utf8'), 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 1) return;
  let cmdline: string;
  try {
    cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    return;
  }
  if (!cmdline.includes('janus') || !cmdline.includes(configDir)) return;
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await sleep(20);
}

/**
 * Starts Janus as a child process from a config generated into `<dataDir>/janus/` (nothing
 * under /etc is read or changed) and resolves once its WebSocket port accepts connections.
 * Rejects with an `EmbeddedJanusError` carrying the tail of Janus's log when the process
 * dies or the port does not answer within `startTimeoutMs`.
 */
export async function startEmbeddedJanus(options: EmbeddedJanusOptions): Promise<EmbeddedJanus> {
  const dir = join(options.dataDir, 'janus');
  const binary = options.binary ?? '/usr/bin/janus';
  const libDir = options.libDir ?? LIB_DIRS.find((d) => existsSync(join(d, 'plugins')));
  if (libDir === undefined) throw new EmbeddedJanusError(`no Janus plugin folder found in ${LIB_DIRS.join(', ')}`);
  if (!existsSync(binary)) throw new EmbeddedJanusError(`Janus binary not found: ${binary}`);

  let iceAddress: string | null;
  if (options.iceEnforce !== undefined) {
    iceAddress = options.iceEnforce;
  } else {
    iceAddress = hostIpv4();
    if (iceAddress === null) {
      options.onWarning?.(
        'no non-loopback IPv4 address: Janus starts without ice_enforce_list and will offer no usable ICE candidates',
      );
    }
  }

  const wsPort = options.wsPort ?? (await freePort());
  const apiSecret = options.apiSecret ?? secret();
  const adminKey = options.adminKey ?? secret();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const files = renderJanusConfig({
    configsFolder: dir,
    install: await detectInstall(libDir),
    wsPort,
    apiSecret,
    adminKey,
    rtpPortRange: range(options.rtpPorts ?? { min: 20000, max: 20999 }),
    audioBridgeRtpPortRange: range(options.audioBridgeRtpPorts ?? { min: 21000, max: 21999 }),
    eventLoops: options.eventLoops ?? availableParallelism(),
    iceEnforce: iceAddress,
    publicAddress: options.publicAddress ?? null,
    reclaimSessionTimeout: options.reclaimSessionTimeoutSeconds ?? 20,
    debugLevel: options.debugLevel ?? 4,
  });
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(dir, name), content, { mode: 0o600 });
  }

  const logFile = join(dir, 'janus.log');
  const consoleFile = join(dir, 'janus.console.log');
  const pidFile = join(dir, 'janus.pid');
  await stopLeftover(pidFile, dir);
  const consoleLog = await open(consoleFile, 'a');
  // Its own process group: a Ctrl-C in the terminal reaches only Plenum, which then stops
  // Janus in order (after releasing rooms) instead of racing it.
  const child: ChildProcess = spawn(
    binary,
    ['-C', join(dir, 'janus.jcfg'), '-F', dir, '-L', logFile, '-N', '-o', '-D'],
    { stdio: ['ignore', consoleLog.fd, consoleLog.fd], detached: true },
  );
  // Listen before the next await: a child that dies at once would otherwise exit unobserved.
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
    child.once('error', () => {
      exitInfo = { code: null, signal: null };
      resolve(exitInfo);
    });
  });
  // A crashed test runner must not leave Janus orphaned.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  await consoleLog.close();
  if (child.pid !== undefined) await writeFile(pidFile, `${child.pid}\n`, { mode: 0o600 });

  const logTail = async () => `--- janus.log ---\n${await tail(logFile)}\n--- console ---\n${await tail(consoleFile)}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
  for (;;) {
    if (exitInfo !== null) {
      const { code, signal } = exitInfo;
      throw new EmbeddedJanusError(`Janus exited during start (code ${code}, signal ${signal})\n${await logTail()}`);
    }
    if (await portAnswers(wsPort)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new EmbeddedJanusError(`Janus WS port ${wsPort} did not answer in time\n${await logTail()}`);
    }
    await sleep(30);
  }

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exitInfo !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), options.stopTimeoutMs ?? 3_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  return {
    url: `ws://127.0.0.1:${wsPort}`,
    apiSecret,
    adminKey,
    iceAddress,
    logFile,
    pid: child.pid ?? -1,
    exited,
    stop,
  };
}
