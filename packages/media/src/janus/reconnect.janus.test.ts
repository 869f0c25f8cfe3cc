import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaError } from '../MediaError.js';
import type { MediaEvent } from '../MediaPlane.js';
import { type EmbeddedJanus, startEmbeddedJanus } from './embeddedJanus.js';
import { freePort } from './freePort.js';
import { JanusMediaPlane } from './JanusMediaPlane.js';

/** The adapter survives its WebSocket dropping, and Janus restarting underneath it. */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The state letter of /proc/<pid>/stat (`T` = stopped). */
function processState(pid: number): string {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.charAt(0) ?? '?';
}

async function launch(options: { wsPort: number; apiSecret?: string; adminKey?: string }): Promise<EmbeddedJanus> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plenum-media-'));
  const janus = await startEmbeddedJanus({ dataDir, rtpPorts: { min: 40800, max: 40999 }, ...options });
  cleanups.push(async () => {
    await janus.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
  return janus;
}

describe('Janus connection loss', () => {
  it('fails in-flight requests as unavailable, reconnects, and claims the session back', async () => {
    const janus = await launch({ wsPort: await freePort() });
    const roundTrips: number[] = [];
    const plane = await JanusMediaPlane.connect({
      url: janus.url,
      apiSecret: janus.apiSecret,
      adminKey: janus.adminKey,
      onRoundTrip: (ms) => roundTrips.push(ms),
    });
    cleanups.push(() => plane.close());
    const room = await plane.createRoom({ label: 'drop', maxPublishers: 2 });
    const events: MediaEvent[] = [];
    const publisher = await room.createPublisher({ label: 'p', onEvent: (e) => events.push(e) });

    // Freeze Janus so the request is surely in flight when the socket drops.
    process.kill(janus.pid, 'SIGSTOP');
    await until(() => processState(janus.pid) === 'T', 'janus stopped');
    const inFlight = plane.ping();
    await sleep(50);
    plane.client.dropConnection();
    const error = await inFlight.catch((e: unknown) => e);
    process.kill(janus.pid, 'SIGCONT');
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).kind).toBe('unavailable');

    // The next request waits for the reconnect; the session was claimed, so the old handle still works.
    await expect(plane.ping()).resolves.toBeGreaterThanOrEqual(0);
    await expect(publisher.requestKeyframe()).resolves.toBeUndefined();
    expect(events).not.toContainEqual({ type: 'lost' });
    expect(roundTrips.length).toBeGreaterThan(3);
  });

  it('reports lost when Janus restarts, and serves new requests on a fresh session', async () => {
    const wsPort = await freePort();
    const first = await launch({ wsPort });
    const plane = await JanusMediaPlane.connect({
      url: first.url,
      apiSecret: first.apiSecret,
      adminKey: first.adminKey,
      reconnectInitialMs: 50,
      reconnectMaxMs: 200,
      requestTimeoutMs: 1_500,
    });
    cleanups.push(() => plane.close());
    const lost: string[] = [];
    const room = await plane.createRoom({ label: 'restart', maxPublishers: 2, onLost: () => lost.push('room') });
    // A room nobody is in has no handle to report the loss: the room says it itself.
    await plane.createRoom({ label: 'empty', maxPublishers: 2, onLost: () => lost.push('empty') });
    const gone = await plane.createRoom({ label: 'destroyed', maxPublishers: 2, onLost: () => lost.push('gone') });
    await gone.destroy();
    const events: MediaEvent[] = [];
    const publisher = await room.createPublisher({ label: 'p', onEvent: (e) => events.push(e) });

    await first.stop();
    await sleep(100);
    await expect(plane.ping()).rejects.toBeInstanceOf(MediaError);
    await launch({ wsPort, apiSecret: first.apiSecret, adminKey: first.adminKey });

    await until(() => events.some((e) => e.type === 'lost'), 'lost event');
    expect(lost.sort()).toEqual(['empty', 'room']);
    const stale = await publisher.requestKeyframe().catch((e: unknown) => e);
    expect((stale as MediaError).kind).toBe('notFound');
    // The old room died with the old Janus; a new one works on a new session.
    const lateJoin = await room.createPublisher({ label: 'late' }).catch((e: unknown) => e);
    expect((lateJoin as MediaError).kind).toBe('notFound');
    const fresh = await plane.createRoom({ label: 'after', maxPublishers: 1 });
    await expect(fresh.createPublisher({ label: 'p2' })).resolves.toBeDefined();
  });

  it('after a restart an old audio mixer still destroys, and its feed ports serve a new one', async () => {
    const wsPort = await freePort();
    const first = await launch({ wsPort });
    const plane = await JanusMediaPlane.connect({
      url: first.url,
      apiSecret: first.apiSecret,
      adminKey: first.adminKey,
      reconnectInitialMs: 50,
      reconnectMaxMs: 200,
      requestTimeoutMs: 1_500,
      mixerFeedPorts: { min: 43400, max: 43401 },
    });
    cleanups.push(() => plane.close());
    const room = await plane.createRoom({ label: 'restart', maxPublishers: 2 });
    const events: MediaEvent[] = [];
    await room.createPublisher({ label: 'p', onEvent: (e) => events.push(e) });
    const mixer = await room.createAudioMixer({ label: 'phones' });
    const leg = await mixer.joinPhone({
      label: 'a',
      codec: 'pcmu',
      remote: { host: '127.0.0.1', port: 45100 },
      muted: false,
    });

    await first.stop();
    await sleep(100);
    await launch({ wsPort, apiSecret: first.apiSecret, adminKey: first.adminKey });
    await until(() => events.some((e) => e.type === 'lost'), 'lost event');

    const stale = await leg.setMuted(true).catch((e: unknown) => e);
    expect((stale as MediaError).kind).toBe('notFound');
    await mixer.destroy();
    const fresh = await plane.createRoom({ label: 'after', maxPublishers: 2 });
    await expect(fresh.createAudioMixer({ label: 'phones' })).resolves.toBeDefined();
  });
});
