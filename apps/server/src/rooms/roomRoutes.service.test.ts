import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

const post = (body: string, contentType = 'application/json', headers = server.owner.headers) =>
  fetch(`${server.baseUrl}/v1/rooms`, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body });

const roomCount = async () =>
  Number((await sql<{ n: string }>`select count(*) as n from rooms`.execute(server.database.db)).rows[0]?.n);

describe('REST /v1/rooms', () => {
  it('createsARoomWithAnUnguessableIdAndReadsItBack', async () => {
    const res = await post(JSON.stringify({ title: '  Gemeinderat Musterstadt  ' }));
    expect(res.status).toBe(201);
    const room = (await res.json()) as { id: string; title: string; createdAt: string };
    expect(room.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(room.title).toBe('Gemeinderat Musterstadt');
    expect(res.headers.get('location')).toBe(`/v1/rooms/${room.id}`);
    expect(room).toMatchObject({ url: `${server.baseUrl}/r/${room.id}` });
    // A colleague of the same tenant who has the link reads it too.
    const read = await fetch(`${server.baseUrl}/v1/rooms/${room.id}`, { headers: server.member.headers });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(room);
  });

  it('letsOnlySignedInUsersCreateRoomsAndShowsThemOnlyInTheirTenant', async () => {
    const before = await roomCount();
    const anonymous = await fetch(`${server.baseUrl}/v1/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'unauthenticated' });
    expect(await roomCount()).toBe(before);
    const id = await server.createRoom('Nur für uns');
    const nobody = await fetch(`${server.baseUrl}/v1/rooms/${id}`);
    expect(nobody.status).toBe(401);
    const stranger = await server.signIn('elsewhere');
    const foreign = await fetch(`${server.baseUrl}/v1/rooms/${id}`, { headers: stranger.headers });
    const unknown = await fetch(`${server.baseUrl}/v1/rooms/AAAAAAAAAAAAAAAAAAAAAA`, { headers: stranger.headers });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await unknown.json());
  });

  it('createsARoomWithoutATitle', async () => {
    const res = await post('{}');
    expect(res.status).toBe(201);
    expect(((await res.json()) as { title: string }).title).toBe('');
  });

  it('answersRoomNotFoundForAnUnknownOrMalformedId', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'x', '..%2F..%2Fetc', 'a'.repeat(300)]) {
      const res = await fetch(`${server.baseUrl}/v1/rooms/${id}`, { headers: server.member.headers });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'roomNotFound', message: expect.any(String) });
    }
  });

  it('rejectsBadBodiesWithATypedErrorAndCreatesNothing', async () => {
    const before = await roomCount();
    const cases: [string, string, number, string][] = [
      [JSON.stringify({ title: 'x'.repeat(201) }), 'application/json', 400, 'invalidBody'],
      [JSON.stringify({ title: 42 }), 'application/json', 400, 'invalidBody'],
      [JSON.stringify({ title: 'ok', admin: true }), 'application/json', 400, 'invalidBody'],
      [JSON.stringify({ title: 'bell\u0007' }), 'application/json', 400, 'invalidBody'],
      [JSON.stringify([1, 2]), 'application/json', 400, 'invalidBody'],
      ['null', 'application/json', 400, 'invalidBody'],
      ['"title"', 'application/json', 400, 'invalidBody'],
      ['{"title":', 'application/json', 400, 'invalidJson'],
      ['title=x', 'application/x-www-form-urlencoded', 415, 'unsupportedMediaType'],
      [JSON.stringify({ title: 'y'.repeat(20_000) }), 'application/json', 413, 'payloadTooLarge'],
    ];
    for (const [body, type, status, error] of cases) {
      const res = await post(body, type);
      expect({ body: body.slice(0, 40), status: res.status }).toEqual({ body: body.slice(0, 40), status });
      expect(await res.json()).toMatchObject({ error, message: expect.any(String) });
    }
    expect(await roomCount()).toBe(before);
  });

  it('answersUnknownAddressesWithNotFound', async () => {
    const res = await fetch(`${server.baseUrl}/v1/nothing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'notFound' });
  });

  it('sendsAStrictContentSecurityPolicyAndNoReferrer', async () => {
    const res = await fetch(`${server.baseUrl}/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the API description', () => {
  it('isServedAndDescribesTheRoomRoutes', async () => {
    const res = await fetch(`${server.baseUrl}/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/rooms', '/v1/rooms/{roomId}', '/v1/me']));
  });
});

describe('health and metrics', () => {
  it('reportsLivenessAndReadinessWithTheDependencies', async () => {
    expect(await (await fetch(`${server.baseUrl}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, media: { ok: true } },
    });
  });

  it('isNotReadyWhenTheMediaPlaneIsDown', async () => {
    server.media.failNext('unavailable', 'ping');
    const ready = await fetch(`${server.baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { media: { ok: false } } });
  });

  it('hidesTheMetricsFromRequestsAProxyPassedOn', async () => {
    const res = await fetch(`${server.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('plenum_');
  });

  it('exportsPrometheusMetrics', async () => {
    const res = await fetch(`${server.baseUrl}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const name of [
      'plenum_rooms',
      'plenum_participants',
      'plenum_connections',
      'plenum_signaling_messages_total',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).toContain('# TYPE plenum_janus_round_trip_seconds histogram');
    expect(text).toContain('# TYPE plenum_janus_connected gauge');
  });
});
