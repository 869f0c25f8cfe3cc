import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnRememberedPort } from './listenOnRememberedPort.js';

const servers: Server[] = [];
const dirs: string[] = [];
const open = () => {
  const server = createServer();
  servers.push(server);
  return server;
};
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => (s.listening ? close(s) : undefined)));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('listenOnRememberedPort', () => {
  it('takesTheSamePortAgainInTheSameDataDirectory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'plenum-devidp-'));
    dirs.push(dataDir);
    const warnings: string[] = [];
    const first = open();
    const port = await listenOnRememberedPort(first, { dataDir, onWarning: (m) => warnings.push(m) });
    await close(first);
    expect(await listenOnRememberedPort(open(), { dataDir, onWarning: (m) => warnings.push(m) })).toBe(port);
    expect(warnings).toEqual([]);
  });

  it('movesWithAWarningWhenTheRememberedPortIsTaken', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'plenum-devidp-'));
    dirs.push(dataDir);
    const warnings: string[] = [];
    const port = await listenOnRememberedPort(open(), { dataDir, onWarning: (m) => warnings.push(m) });
    const moved = await listenOnRememberedPort(open(), { dataDir, onWarning: (m) => warnings.push(m) });
    expect(moved).not.toBe(port);
    expect(warnings).toEqual([expect.stringContaining(String(port))]);
  });
});
