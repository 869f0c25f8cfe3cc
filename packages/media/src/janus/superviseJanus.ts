import { backoffDelay } from './backoff.js';
import type { EmbeddedJanus } from './embeddedJanus.js';
import type { JanusLogger } from './JanusClient.js';

/** What a restart keeps, so that connected clients reach the new Janus at the same address with the same secrets. */
export interface JanusIdentity {
  readonly wsPort: number;
  readonly apiSecret: string;
  readonly adminKey: string;
}

export interface SuperviseJanusOptions {
  /**
   * Starts one Janus process: without `keep` the first one, with `keep` a replacement that must listen on the same
   * port with the same secrets (e.g. `startEmbeddedJanus({...options, ...keep})`).
   */
  readonly launch: (keep: JanusIdentity | null) => Promise<EmbeddedJanus>;
  /** Backoff before the n-th consecutive restart: from `initialDelayMs` (default 250 ms) doubling to `maxDelayMs` (30 s). */
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  /** A process that ran this long counts as healthy: the next restart is quick again. Default 60 s. */
  readonly stableMs?: number;
  readonly logger?: JanusLogger;
  /** Told after every successful restart (e.g. for a metric). */
  readonly onRestarted?: (janus: EmbeddedJanus) => void;
  /** For tests: jitter source of the backoff. Default `Math.random`. */
  readonly random?: () => number;
}

/** An embedded Janus that is started again whenever it exits without being asked to. */
export interface SupervisedJanus {
  /** Stays the same across restarts. */
  readonly url: string;
  /** Never log it. */
  readonly apiSecret: string;
  /** Never log it. */
  readonly adminKey: string;
  readonly iceAddress: string | null;
  /** The running process, or null while it is being restarted. */
  readonly current: EmbeddedJanus | null;
  /** How many times Janus was restarted after an unexpected exit. */
  readonly restarts: number;
  /** Ends supervision and stops the running process; idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts Janus and keeps it running: when the process exits without `stop()` (a crash, an OOM kill, an operator's
 * `kill`), it is started again on the same WebSocket port with the same `api_secret` and `admin_key`, after a backoff
 * that grows with consecutive failures (a Janus that dies at once is not restarted in a tight loop) and starts over
 * once a process stayed up for `stableMs`. Every exit and restart is logged. The media plane's client then reconnects
 * by itself, finds its old session gone and reports `lost` on every handle, which is where media recovery starts.
 *
 * Rejects when the first start fails (a misconfiguration is reported, not retried).
 */
export async function superviseJanus(options: SuperviseJanusOptions): Promise<SupervisedJanus> {
  const log = options.logger;
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 30_000;
  const stableMs = options.stableMs ?? 60_000;
  const random = options.random ?? Math.random;
  const first = await options.launch(null);
  const keep: JanusIdentity = {
    wsPort: Number(new URL(first.url).port),
    apiSecret: first.apiSecret,
    adminKey: first.adminKey,
  };
  let current: EmbeddedJanus | null = first;
  let restarts = 0;
  let attempt = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let startedAt = Date.now();
  let starting: Promise<void> | null = null;

  const watch = (janus: EmbeddedJanus) => {
    void janus.exited.then(({ code, signal }) => {
      if (stopped || current !== janus) return;
      current = null;
      const uptimeMs = Date.now() - startedAt;
      if (uptimeMs >= stableMs) attempt = 0;
      log?.warn({ pid: janus.pid, code, signal, uptimeMs }, 'janus exited unexpectedly, restarting');
      schedule();
    });
  };

  const schedule = () => {
    const delayMs = backoffDelay(attempt++, initial, max, random);
    timer = setTimeout(() => {
      timer = null;
      starting = restart(delayMs);
    }, delayMs);
  };

  const restart = async (delayMs: number) => {
    try {
      const janus = await options.launch(keep);
      if (stopped) {
        await janus.stop();
        return;
      }
      current = janus;
      startedAt = Date.now();
      restarts++;
      log?.info({ pid: janus.pid, restarts, afterMs: delayMs }, 'janus restarted');
      watch(janus);
      options.onRestarted?.(janus);
    } catch (error) {
      if (stopped) return;
      log?.warn({ err: (error as Error).message, attempt }, 'janus restart failed, trying again');
      schedule();
    } finally {
      starting = null;
    }
  };

  watch(first);
  return {
    url: first.url,
    apiSecret: first.apiSecret,
    adminKey: first.adminKey,
    iceAddress: first.iceAddress,
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await starting;
      await current?.stop();
    },
  };
}
