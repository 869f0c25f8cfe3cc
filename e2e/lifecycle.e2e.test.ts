import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '@plenum/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { apiInPage } from './support/api.js';
import { devAccounts, signedInContext } from './support/devIdp.js';
import { udpPortFree } from './support/ports.js';
import { type RunningServer, startServer } from './support/startServer.js';

const entry = resolve(import.meta.dirname, '../apps/server/dist/main.js');

const port = () => 20_000 + Math.floor(Math.random() * 5000);

/** PIDs of Janus processes started for this data directory. */
function janusOf(dataDir: string): string[] {
  const out = spawnSync('pgrep', ['-f', `janus.*${dataDir}`], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Anna, signed in at `server` through the real login in a browser context of her own (a context per server: the
 * session cookie is per host, not per port). Meetings are private, so everything below acts as her.
 */
async function annaAt(server: RunningServer): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await signedInContext(browser, server.url, devAccounts.anna);
  return { page, close: () => context.close() };
}

async function createRoom(page: Page, body: Record<string, unknown> = {}): Promise<string> {
  const created = await apiInPage<{ id: string }>(page, 'POST', '/v1/rooms', body);
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('running Plenum', () => {
  it('refusesToStartWithABadValueAndNamesTheKey', () => {
    const run = spawnSync(process.execPath, [entry], {
      env: { ...process.env, PLENUM_PORT: 'eighty', PLENUM_DATA_DIR: '/tmp/plenum-never' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/port \(from environment variable PLENUM_PORT\)/);
    expect(existsSync('/tmp/plenum-never')).toBe(false);
  });

  it('runsTwoInstancesSideBySideWithTheirOwnPortsAndData', async () => {
    const [a, b] = await Promise.all([startServer(port()), startServer(port())]);
    try {
      for (const s of [a, b]) {
        const ready = await fetch(`${s.url}/health/ready`);
        expect(ready.status).toBe(200);
        expect(existsSync(join(s.dataDir, 'db'))).toBe(true);
        expect(existsSync(join(s.dataDir, 'janus'))).toBe(true);
      }
      const [atA, atB] = await Promise.all([annaAt(a), annaAt(b)]);
      const id = await createRoom(atA.page);
      expect((await apiInPage(atA.page, 'GET', `/v1/rooms/${id}`)).status).toBe(200);
      // The same account signed in at b: b has no such room.
      expect((await apiInPage(atB.page, 'GET', `/v1/rooms/${id}`)).status).toBe(404);
      // Rooms are private: nobody signed out learns about it.
      expect((await fetch(`${a.url}/v1/rooms/${id}`)).status).toBe(401);
      await Promise.all([atA.close(), atB.close()]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('shutsDownOnSigtermTellingParticipantsAndReleasingJanus', async () => {
    const server = await startServer(port(), { PLENUM_LOG_LEVEL: 'debug' });
    const anna = await annaAt(server);
    const id = await createRoom(anna.page);
    const issued = await apiInPage<{ ticket: string }>(anna.page, 'POST', `/v1/rooms/${id}/tickets`, {});
    expect(issued.status).toBe(201);
    const { ticket } = issued.body;
    await anna.close();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/v1/rooms/${id}/signaling`);
    const frames: Record<string, unknown>[] = [];
    socket.on('message', (d) => frames.push(JSON.parse(String(d)) as Record<string, unknown>));
    await new Promise((r) => socket.once('open', r));
    socket.send(JSON.stringify({ ns: 'core', action: 'join', displayName: 'Annegret Quastenflosser', ticket }));
    while (!frames.some((f) => f.event === 'joined')) await new Promise((r) => setTimeout(r, 20));
    expect(janusOf(server.dataDir)).toHaveLength(1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^plenum_participants 1$/m);
    expect(metrics).toMatch(/^plenum_connections 1$/m);
    expect(metrics).toMatch(/^plenum_janus_connected 1$/m);
    expect(metrics).toMatch(/^plenum_janus_restarts_total 0$/m);
    expect(metrics).toMatch(/^plenum_signaling_messages_total\{direction="in",ns="core"\} 1$/m);
    expect(Number(/^plenum_janus_round_trip_seconds_count (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);
    const started = Date.now();
    const code = await server.stop();
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(frames).toContainEqual({ ns: 'signaling', event: 'closing', reason: 'shutdown' });
    expect(janusOf(server.dataDir)).toEqual([]);
    // Logs carry ids, never names or secrets.
    const joined = frames.find((f) => f.event === 'joined') as { participantId: string; resume: { secret: string } };
    expect(server.output()).toContain(joined.participantId);
    expect(server.output()).not.toContain('Quastenflosser');
    expect(server.output()).not.toContain(joined.resume.secret);
    expect(server.output()).not.toContain(ticket);
  });

  it('saysWhichSettingToChangeWhenThePortIsTaken', async () => {
    const taken = createServer();
    const busy = port();
    await new Promise<void>((r) => taken.listen(busy, 'localhost', r));
    try {
      const dataDir = await mkdtemp(join(tmpdir(), 'plenum-busy-'));
      const run = spawnSync(process.execPath, [entry], {
        env: { ...process.env, PLENUM_PORT: String(busy), PLENUM_DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Port ${busy} is already in use. Choose another one with PLENUM_PORT.`);
      expect(janusOf(dataDir)).toEqual([]);
      await rm(dataDir, { recursive: true, force: true });
    } finally {
      taken.close();
    }
  });

  it('stopsAJanusThatACrashedPlenumLeftBehind', async () => {
    const first = await startServer(port(), {}, { keepData: true });
    const [orphan] = janusOf(first.dataDir);
    first.process.kill('SIGKILL');
    await first.stop();
    expect(janusOf(first.dataDir)).toEqual([orphan]);
    // Its SIP gateway (a child process too) goes by itself: nothing holds the SIP port.
    await expect.poll(() => udpPortFree(first.sipPort), { timeout: 10_000 }).toBe(true);
    const second = await startServer(port(), {}, { dataDir: first.dataDir });
    try {
      const running = janusOf(first.dataDir);
      expect(running).toHaveLength(1);
      expect(running).not.toContain(orphan);
      expect((await fetch(`${second.url}/health/ready`)).status).toBe(200);
    } finally {
      await second.stop();
    }
    expect(janusOf(first.dataDir)).toEqual([]);
  });

  it('keepsItsDataAcrossARestart', async () => {
    // No fixed port for the built-in provider: it takes its port (and so its issuer URL, part of every account's
    // identity) from the data directory again, or Anna would come back as a new account that owns nothing.
    const first = await startServer(port(), {}, { keepData: true });
    const before = await annaAt(first);
    const id = await createRoom(before.page, { title: 'Rat' });
    await before.close();
    await first.stop();
    const second = await startServer(port(), {}, { dataDir: first.dataDir });
    try {
      const after = await annaAt(second);
      expect((await apiInPage(after.page, 'GET', `/v1/rooms/${id}`)).body).toMatchObject({ id, title: 'Rat' });
      // Still hers: it is among her rooms.
      const mine = await apiInPage<{ rooms: { id: string }[] }>(after.page, 'GET', '/v1/rooms');
      expect(mine.body.rooms.map((r) => r.id)).toContain(id);
      await after.close();
    } finally {
      await second.stop();
    }
  });
});

// Keep the helper honest: pgrep must exist for the Janus check to mean anything.
execFileSync('pgrep', ['--version']);
