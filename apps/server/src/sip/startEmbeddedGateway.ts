import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Logger as PinoLogger } from 'pino';

export interface EmbeddedGatewayOptions {
  /** The gateway's bundled entry (`dist/sip-gateway.js`). */
  readonly entry: string;
  /** Its settings (`PLENUM_SIP_*`), on top of the variables this process passes on. */
  readonly env: Readonly<Record<string, string>>;
  readonly log: PinoLogger;
  /** How long the first start may take before it counts as failed. */
  readonly readyTimeoutMs?: number;
}

export interface EmbeddedGateway {
  /** Stops the gateway (it ends its calls with BYE first) and does not restart it. */
  stop(): Promise<void>;
}

/** What the gateway sends over the IPC channel once it listens (see apps/sip-gateway/src/main.ts). */
const isReady = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
const RESTART_DELAYS_MS = [1000, 5000, 30_000];

/**
 * Runs the SIP gateway as a child process of `plenum` (config `sip.gateway: embedded`). It is a process of its own so
 * that a garbage-collection pause of the server never delays callers' audio, and a crash of either leaves the other
 * running. Its log lines are passed on unchanged (they are pino JSON like the server's own). A gateway that stops by
 * itself after it was ready is started again, after 1 s, 5 s, then every 30 s.
 *
 * The first start must succeed: a gateway that cannot listen (port taken, a wrong `PLENUM_SIP_*`) stops `plenum`'s
 * start with the gateway's own message, rather than leaving dial-in silently broken.
 */
export async function startEmbeddedGateway(options: EmbeddedGatewayOptions): Promise<EmbeddedGateway> {
  if (!existsSync(options.entry)) {
    throw new Error(
      `The SIP gateway is not built (${options.entry} is missing). Run "npm run build", or set PLENUM_SIP_GATEWAY=off.`,
    );
  }
  const log = options.log.child({ part: 'sip-gateway' });
  let stopping = false;
  let child: ChildProcess | undefined;
  let restarts = 0;

  const launch = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && (key === 'PATH' || key === 'HOME' || key === 'NODE_ENV' || key === 'TZ'))
          env[key] = value;
      }
      const proc = spawn(process.execPath, [options.entry], {
        env: { ...env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      child = proc;
      let ready = false;
      const errors: string[] = [];
      const timer = setTimeout(() => {
        if (ready) return;
        proc.kill('SIGKILL');
        reject(new Error('The SIP gateway did not start within its time limit.'));
      }, options.readyTimeoutMs ?? 15_000);
      if (proc.stdout) createInterface({ input: proc.stdout }).on('line', (line) => process.stdout.write(`${line}\n`));
      proc.on('message', (message) => {
        if (ready || !isReady(message)) return;
        ready = true;
        restarts = 0;
        clearTimeout(timer);
        resolve();
      });
      proc.stderr?.setEncoding('utf8');
      if (proc.stderr)
        createInterface({ input: proc.stderr }).on('line', (line) => {
          if (errors.length < 20) errors.push(line);
          process.stderr.write(`${line}\n`);
        });
      proc.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (child === proc) child = undefined;
        if (!ready) {
          reject(
            new Error(`The SIP gateway stopped while starting (${code ?? signal}): ${errors.join(' ').slice(0, 500)}`),
          );
          return;
        }
        if (stopping) return;
        const delay = RESTART_DELAYS_MS[Math.min(restarts, RESTART_DELAYS_MS.length - 1)] ?? 30_000;
        restarts++;
        log.error({ code, signal, restartInMs: delay }, 'sip gateway stopped; starting it again');
        setTimeout(() => {
          if (!stopping) launch().catch((err: unknown) => log.error({ err }, 'sip gateway did not start again'));
        }, delay).unref();
      });
    });

  await launch();
  log.info({ pid: child?.pid }, 'embedded sip gateway started');
  return {
    async stop() {
      stopping = true;
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGTERM');
      const force = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    },
  };
}
