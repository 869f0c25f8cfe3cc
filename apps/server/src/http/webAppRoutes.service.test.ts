import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
const webRoot = mkdtempSync(join(tmpdir(), 'plenum-web-'));
const page = (path: string, accept = 'text/html,application/xhtml+xml') =>
  fetch(`${server.baseUrl}${path}`, { headers: { accept } });

beforeAll(async () => {
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Plenum</title><div id="root"></div>');
  server = await startTestServer({}, webRoot);
});
afterAll(async () => {
  await server?.stop();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the web app', () => {
  it('servesTheAppForTheStartPageMeetingLinksInvitationsAndTheLoginFailedPage', async () => {
    const pages = ['/', `/r/${await server.createRoom()}`, '/r/unknown-room-id', `/i/${'c'.repeat(32)}`];
    for (const path of [...pages, '/login-failed?reason=tenantUnknown']) {
      const res = await page(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('letsTheAppShowItsNotFoundPageForUnknownPages', async () => {
    const res = await page('/nonsense/deeper');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('keepsJsonErrorsForTheApi', async () => {
    const res = await page('/v1/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'notFound' });
    const asApi = await page('/nonsense', 'application/json');
    expect(await asApi.json()).toMatchObject({ error: 'notFound' });
  });
});
