import { TenantRepository } from '@plenum/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../testing/signInDirectly.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

const DIAL_IN_NUMBER = '+49 30 1234567';
const TEN_DIGITS = /^[0-9]{10}$/;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sip: { dialInNumber: DIAL_IN_NUMBER } });
  await new TenantRepository(server.database.db).updateSettings('test', { phoneDialIn: true });
});
afterAll(async () => {
  await server?.stop();
});

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
async function sip(method: Method, roomId: string, as: { headers: Readonly<Record<string, string>> } | undefined) {
  const res = await server.app.inject({
    method,
    url: method === 'POST' ? `/v1/rooms/${roomId}/sip/regenerate` : `/v1/rooms/${roomId}/sip`,
    headers: { ...(as?.headers ?? {}) },
  });
  return {
    status: res.statusCode,
    cacheControl: res.headers['cache-control'],
    body: (res.body === '' ? undefined : JSON.parse(res.body)) as Record<string, unknown> | undefined,
  };
}

const methods: Method[] = ['GET', 'PUT', 'POST', 'DELETE'];

describe('room dial-in', () => {
  it('letsTheOwnerEnableShowRegenerateAndDisable', async () => {
    const room = await server.createRoom('Ratssitzung');
    expect(await sip('GET', room, server.owner)).toMatchObject({ status: 200, body: { enabled: false } });

    const enabled = await sip('PUT', room, server.owner);
    expect(enabled).toMatchObject({
      status: 200,
      cacheControl: 'no-store',
      body: { enabled: true, dialInNumber: DIAL_IN_NUMBER },
    });
    expect(enabled.body?.conferenceNumber).toMatch(TEN_DIGITS);
    expect(enabled.body?.pin).toMatch(TEN_DIGITS);
    expect((await sip('PUT', room, server.owner)).body).toEqual(enabled.body);
    const shown = await sip('GET', room, server.owner);
    expect(shown).toMatchObject({ status: 200, cacheControl: 'no-store', body: enabled.body });

    const renewed = await sip('POST', room, server.owner);
    expect(renewed.status).toBe(200);
    expect(renewed.body?.conferenceNumber).toMatch(TEN_DIGITS);
    expect(renewed.body?.conferenceNumber).not.toBe(enabled.body?.conferenceNumber);
    expect(renewed.body?.pin).not.toBe(enabled.body?.pin);
    expect((await sip('GET', room, server.owner)).body).toEqual(renewed.body);

    expect((await sip('DELETE', room, server.owner)).status).toBe(204);
    expect((await sip('GET', room, server.owner)).body).toEqual({ enabled: false });
    expect((await sip('DELETE', room, server.owner)).status).toBe(204);
    expect(await sip('POST', room, server.owner)).toMatchObject({ status: 404, body: { error: 'notFound' } });
  });

  it('givesEveryRoomItsOwnConferenceNumber', async () => {
    const numbers = new Set<unknown>();
    for (let i = 0; i < 5; i++) {
      const res = await sip('PUT', await server.createRoom(`Ausschuss ${i}`), server.owner);
      expect(res.body?.conferenceNumber).toMatch(TEN_DIGITS);
      numbers.add(res.body?.conferenceNumber);
    }
    expect(numbers.size).toBe(5);
  });

  it('answersRoomNotFoundToEveryoneButTheOwnerAndForUnknownIds', async () => {
    const room = await server.createRoom('Nur für Olga');
    await sip('PUT', room, server.owner);
    const stranger = await server.signIn('fremd');
    await new TenantRepository(server.database.db).updateSettings('fremd', { phoneDialIn: true });
    const intruders: SignedInUser[] = [server.member, stranger];
    for (const as of intruders) {
      for (const method of methods) {
        expect(await sip(method, room, as)).toMatchObject({ status: 404, body: { error: 'roomNotFound' } });
      }
    }
    for (const id of ['not-a-room', 'A'.repeat(22), 'x'.repeat(300)]) {
      expect(await sip('GET', id, server.owner)).toMatchObject({ status: 404, body: { error: 'roomNotFound' } });
      expect(await sip('PUT', id, server.owner)).toMatchObject({ status: 404, body: { error: 'roomNotFound' } });
    }
    // Nothing the intruders did changed or removed the owner's dial-in.
    expect((await sip('GET', room, server.owner)).body?.enabled).toBe(true);
  });

  it('refusesWhenTheTenantHasNoPhoneDialIn', async () => {
    const owner = await server.signIn('ohnetelefon', 'Olaf');
    const room = await server.createRoom('Ohne Telefon', owner);
    for (const method of ['GET', 'PUT', 'POST'] as const) {
      expect(await sip(method, room, owner)).toMatchObject({ status: 403, body: { error: 'featureDisabled' } });
    }
    const tenants = new TenantRepository(server.database.db);
    await tenants.updateSettings('ohnetelefon', { phoneDialIn: true });
    expect((await sip('PUT', room, owner)).body?.enabled).toBe(true);
    await tenants.updateSettings('ohnetelefon', { phoneDialIn: false });
    expect(await sip('GET', room, owner)).toMatchObject({ status: 403, body: { error: 'featureDisabled' } });
    // Turning it off always works, so a number and PIN can be withdrawn after the tenant lost the feature.
    expect((await sip('DELETE', room, owner)).status).toBe(204);
    await tenants.updateSettings('ohnetelefon', { phoneDialIn: true });
    expect((await sip('GET', room, owner)).body).toEqual({ enabled: false });
  });

  it('needsASignInAndTheCsrfHeader', async () => {
    const room = await server.createRoom('Geschützt');
    for (const method of methods) {
      expect(await sip(method, room, undefined)).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    }
    const withoutCsrf = { headers: { cookie: server.owner.cookie } };
    for (const method of ['PUT', 'POST', 'DELETE'] as const) {
      expect(await sip(method, room, withoutCsrf)).toMatchObject({ status: 403, body: { error: 'csrfRejected' } });
    }
    expect((await sip('GET', room, server.owner)).body).toEqual({ enabled: false });
  });

  it('showsNoDialInNumberWhenTheInstallationNamesNone', async () => {
    const bare = await startTestServer();
    try {
      await new TenantRepository(bare.database.db).updateSettings('test', { phoneDialIn: true });
      const room = await bare.createRoom();
      const res = await bare.app.inject({ method: 'PUT', url: `/v1/rooms/${room}/sip`, headers: bare.owner.headers });
      expect(res.json()).toMatchObject({ enabled: true, dialInNumber: null });
    } finally {
      await bare.stop();
    }
  });
});
