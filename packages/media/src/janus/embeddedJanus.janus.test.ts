import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedJanusError, startEmbeddedJanus } from './embeddedJanus.js';
import { JanusClient } from './JanusClient.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plenum-media-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('startEmbeddedJanus', () => {
  it('runs Janus from our own config: loopback WS with api_secret, only our plugins, no secrets in the log', async () => {
    const dataDir = await tempDir();
    const janus = await startEmbeddedJanus({ dataDir, rtpPorts: { min: 41000, max: 41099 } });
    cleanups.push(() => janus.stop());
    expect(janus.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

    const client = await JanusClient.connect({ url: janus.url, apiSecret: janus.apiSecret });
    cleanups.push(() => client.close());
    await expect(client.ping()).resolves.toBeGreaterThanOrEqual(0);
    const stranger = await JanusClient.connect({ url: janus.url, apiSecret: 'wrong' });
    cleanups.push(() => stranger.close());
    await expect(stranger.createSession()).rejects.toMatchObject({ kind: 'invalidRequest', sfuCode: 403 });
    const session = await client.createSession();
    await expect(session.attach('janus.plugin.echotest', () => undefined)).rejects.toMatchObject({ sfuCode: 460 });
    const videoroom = await session.attach('janus.plugin.videoroom', () => undefined);
    // No demo rooms, and creating rooms needs the admin_key.
    expect((await videoroom.message({ request: 'exists', room: 1234 })).data.exists).toBe(false);
    await expect(videoroom.message({ request: 'create', room: 42 })).rejects.toMatchObject({ kind: 'invalidRequest' });
    await expect(videoroom.message({ request: 'create', room: 42, admin_key: janus.adminKey })).resolves.toBeDefined();

    const log = await readFile(janus.logFile, 'utf8');
    expect(log).toContain('JANUS VideoRoom plugin initialized');
    expect(log).toContain('JANUS AudioBridge plugin initialized');
    expect(log).toContain('JANUS WebSockets transport plugin initialized');
    expect(log).not.toContain('JANUS Streaming plugin initialized');
    expect(log).not.toContain(janus.apiSecret);
    expect(log).not.toContain(janus.adminKey);
    if (janus.iceAddress !== null) expect(log).toContain(`Adding '${janus.iceAddress}' to the ICE enforce list`);
  });

  it('runs two instances side by side and stops them cleanly', async () => {
    const [a, b] = await Promise.all([
      startEmbeddedJanus({ dataDir: await tempDir(), rtpPorts: { min: 41100, max: 41199 } }),
      startEmbeddedJanus({ dataDir: await tempDir(), rtpPorts: { min: 41200, max: 41299 } }),
    ]);
    expect(a.url).not.toBe(b.url);
    const started = Date.now();
    await Promise.all([a.stop(), b.stop(), a.stop()]);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await a.exited).code).toBe(0);
    expect((await b.exited).code).toBe(0);
  });

  it('reports a Janus that dies during start, with the tail of its log', async () => {
    const dataDir = await tempDir();
    const error = await startEmbeddedJanus({ dataDir, binary: '/bin/false' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedJanusError);
    expect((error as Error).message).toMatch(/exited during start \(code 1/);
    expect((error as Error).message).toContain('--- janus.log ---');
  });
});
