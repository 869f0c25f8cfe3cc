import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../observability/Metrics.js';
import { mayReadMetrics } from './metricsAccess.js';
import { RestError } from './restErrors.js';

/** A dependency the server needs to serve meetings, checked on `/health/ready`. */
export interface ReadinessCheck {
  readonly name: string;
  /** Resolves with the round-trip time in milliseconds; rejects when the dependency is down. */
  probe(): Promise<number>;
}

const PROBE_TIMEOUT_MS = 2000;

/**
 * `/health` (the process lives), `/health/ready` (db and media plane answer), `/metrics` (for monitoring only: see
 * `mayReadMetrics`; `metricsToken` is the configured token, if any).
 */
export function healthRoutes(
  app: FastifyInstance,
  checks: readonly ReadinessCheck[],
  metrics: Metrics,
  metricsToken: string | undefined,
): void {
  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/health/ready', async (_request, reply) => {
    const results = await Promise.all(checks.map(probe));
    const ready = results.every((r) => r.ok);
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'unavailable',
      checks: Object.fromEntries(results.map((r) => [r.name, { ok: r.ok, latencyMs: r.latencyMs }])),
    });
  });

  app.get('/metrics', async (request, reply) => {
    if (!mayReadMetrics({ peer: request.socket.remoteAddress, headers: request.headers }, metricsToken))
      throw new RestError('notFound', 'There is nothing at this address');
    const body = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(body);
  });
}

async function probe(check: ReadinessCheck): Promise<{ name: string; ok: boolean; latencyMs: number | null }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const latency = await Promise.race([
      check.probe(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { name: check.name, ok: true, latencyMs: Math.round(latency * 100) / 100 };
  } catch {
    return { name: check.name, ok: false, latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}
