import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedJanus, startEmbeddedJanus } from '@plenum/media/janus';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from './config/configSchema.js';
import { startPlenum } from './startPlenum.js';

let janusDir: string;
let janus: EmbeddedJanus;

beforeAll(async () => {
  janusDir = await mkdtemp(join(tmpdir(), 'plenum-external-janus-'));
  janus = await startEmbeddedJanus({ dataDir: janusDir, rtpPorts: { min: 42000, max: 42199 } });
});

afterAll(async () => {
  await janus?.stop();
  await rm(janusDir, { recursive: true, force: true });
});

describe('an external Janus', () => {
  it('replacesTheEmbeddedOneWhenItsUrlIsConfigured', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'plenum-server-'));
    const config = ConfigSchema.parse({
      port: 23_000 + Math.floor(Math.random() * 1000),
      dataDir,
      janus: { url: janus.url, apiSecret: janus.apiSecret, adminKey: janus.adminKey },
      sip: { gateway: 'off' },
    });
    const plenum = await startPlenum(config, pino({ level: 'silent' }), join(dataDir, 'no-web'));
    try {
      const ready = await fetch(`${plenum.url}/health/ready`);
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: { media: { ok: true } } });
      expect(existsSync(join(dataDir, 'janus'))).toBe(false);
    } finally {
      await plenum.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(janus.pid).toBeGreaterThan(0);
    expect(process.kill(janus.pid, 0)).toBe(true);
  });

  it('failsToStartWithAClearErrorWhenTheSecretIsWrong', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'plenum-server-'));
    const config = ConfigSchema.parse({
      port: 24_000 + Math.floor(Math.random() * 1000),
      dataDir,
      janus: { url: janus.url, apiSecret: 'not-the-secret', adminKey: janus.adminKey },
      sip: { gateway: 'off' },
    });
    try {
      await expect(startPlenum(config, pino({ level: 'silent' }), dataDir)).rejects.toThrow(
        /Janus at ws:\/\/127.0.0.1:\d+ does not answer/,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
