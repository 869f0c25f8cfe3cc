import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MediaEvent } from '../MediaPlane.js';
import { startEmbeddedJanus } from './embeddedJanus.js';
import { JanusMediaPlane } from './JanusMediaPlane.js';
import { type SupervisedJanus, superviseJanus } from './superviseJanus.js';

/** The supervisor against a real Janus: a killed Janus comes back where the plane looks for it. */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function supervised(): Promise<SupervisedJanus> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plenum-media-'));
  const options = { dataDir, rtpPorts: { min: 44000, max: 44199 } };
  const janus = await superviseJanus({
    launch: (keep) => startEmbeddedJanus(keep === null ? options : { ...options, ...keep }),
  });
  cleanups.push(async () => {
    await janus.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
  return janus;
}

describe('a supervised Janus', () => {
  it('isStartedAgainAfterAKillAndThePlaneWorksOnIt', async () => {
    const janus = await supervised();
    const plane = await JanusMediaPlane.connect({
      url: janus.url,
      apiSecret: janus.apiSecret,
      adminKey: janus.adminKey,
      reconnectInitialMs: 50,
      reconnectMaxMs: 200,
    });
    cleanups.push(() => plane.close());
    const room = await plane.createRoom({ label: 'before', maxPublishers: 2 });
    const events: MediaEvent[] = [];
    await room.createPublisher({ label: 'p', onEvent: (e) => events.push(e) });
    const first = janus.current?.pid ?? -1;

    const killedAt = Date.now();
    process.kill(first, 'SIGKILL');
    await until(() => janus.restarts === 1, 'the restart');
    expect(janus.current?.pid).not.toBe(first);
    await until(() => events.some((e) => e.type === 'lost'), 'lost on the old handle');
    const fresh = await plane.createRoom({ label: 'after', maxPublishers: 2 });
    await expect(fresh.createPublisher({ label: 'p2' })).resolves.toBeDefined();
    // Measured: the restart and the plane's reconnect take well under 2 s on a small machine.
    expect(Date.now() - killedAt).toBeLessThan(5_000);
  });

  it('stopsForGoodWhenAsked', async () => {
    const janus = await supervised();
    const pid = janus.current?.pid ?? -1;
    await janus.stop();
    await sleep(800);
    expect(janus.current?.pid).toBe(pid);
    expect(janus.restarts).toBe(0);
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
