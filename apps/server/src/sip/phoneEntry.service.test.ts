import { TenantRepository } from '@plenum/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialInRoom } from '../testing/dialInRoom.js';
import { startTestServer, TestClient, type TestServer } from '../testing/startTestServer.js';

const SECRET = 's'.repeat(40);
const gateway = { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    sip: { gatewaySecret: SECRET },
    access: { attemptsPerClient: 5, attemptsPerRoom: 8 },
    // English records by default, German phone prompts: callers hear `sip.language` unless the tenant chose its own.
    tenantDefaults: { language: 'en' },
  });
  await new TenantRepository(server.database.db).updateSettings('test', { phoneDialIn: true });
});
afterAll(async () => {
  await server?.stop();
});

async function call(body: unknown, headers: Record<string, string> = gateway) {
  const res = await fetch(`${server.baseUrl}/v1/sip/calls`, { method: 'POST', headers, body: JSON.stringify(body) });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    body: (await res.json()) as Record<string, unknown>,
  };
}

/** A signalling socket of a caller, joined with the ticket the gateway got. */
async function phoneJoins(roomId: string, ticket: string) {
  const socket = await TestClient.open(
    `${server.baseUrl.replace('http', 'ws')}/v1/rooms/${roomId}/signaling`,
    async () => ticket,
  );
  return socket;
}

describe('phone entry (POST /v1/sip/calls)', () => {
  it('givesTheGatewayATicketForAPhoneParticipantWithTheMaskedNumberAsName', async () => {
    const room = await dialInRoom(server, 'Ratssitzung');
    const owner = await server.connect(room.roomId, undefined, server.owner);
    await owner.join('Olga');
    const entry = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: '+493012345634' });
    expect(entry).toMatchObject({
      status: 201,
      cacheControl: 'no-store',
      body: { roomId: room.roomId, role: 'guest', waits: false, displayName: '+49 … 34', language: 'de' },
    });
    const phone = await phoneJoins(room.roomId, String(entry.body.ticket));
    await phone.join('Anything the gateway says');
    const joined = await owner.waitFor((f) => f.event === 'participantJoined');
    expect(joined).toMatchObject({ participant: { displayName: '+49 … 34', kind: 'phone', role: 'guest' } });
    expect(JSON.stringify(owner.frames)).not.toContain('12345634');
  });

  it('answersTheSameForAnUnknownNumberAWrongPinAndARoomWhoseTenantHasNoDialIn', async () => {
    const room = await dialInRoom(server, 'Bauausschuss');
    const wrongPin = await call({ conferenceNumber: room.conferenceNumber, pin: '0000000001', caller: '+4930111111' });
    const unknown = await call({ conferenceNumber: '0000000000', pin: room.pin, caller: '+4930111112' });
    for (const res of [wrongPin, unknown]) {
      expect(res).toMatchObject({ status: 403, body: { error: 'dialInRejected' } });
    }
    await new TenantRepository(server.database.db).updateSettings('test', { phoneDialIn: false });
    try {
      const off = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: '+4930111113' });
      expect(off).toMatchObject({ status: 403, body: { error: 'dialInRejected' } });
    } finally {
      await new TenantRepository(server.database.db).updateSettings('test', { phoneDialIn: true });
    }
  });

  it('throttlesACallerNumberAfterRepeatedFailuresEvenWithTheRightPinAfterwards', async () => {
    const room = await dialInRoom(server, 'Haushalt');
    const caller = '+4930222222';
    for (let i = 0; i < 5; i++) {
      expect((await call({ conferenceNumber: room.conferenceNumber, pin: `999999999${i}`, caller })).status).toBe(403);
    }
    const throttled = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller });
    expect(throttled).toMatchObject({ status: 429, body: { error: 'tooManyAttempts' } });
    expect(throttled.body.retryAfterSeconds).toBeGreaterThan(0);
    const other = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: '+4930333333' });
    expect(other.status).toBe(201);
  });

  it('neverLetsOneAnonymousCallerLockOutTheOthers', async () => {
    const room = await dialInRoom(server, 'Anonym');
    for (let i = 0; i < 6; i++) {
      expect((await call({ conferenceNumber: room.conferenceNumber, pin: '5555555555', caller: null })).status).toBe(
        403,
      );
    }
    const honest = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: null });
    expect(honest.status).toBe(201);
  });

  it('throttlesAConferenceNumberThatManyCallersGuess', async () => {
    const room = await dialInRoom(server, 'Schulausschuss');
    for (let i = 0; i < 80; i++) {
      await call({ conferenceNumber: room.conferenceNumber, pin: '1234512345', caller: `+49301000${i}${i}` });
    }
    const honest = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: '+4930444444' });
    expect(honest).toMatchObject({ status: 429, body: { error: 'tooManyAttempts' } });
  });

  it('refusesAnyoneWithoutTheGatewaySecretAndMalformedCallsWithATypedError', async () => {
    const room = await dialInRoom(server, 'Geheim');
    const body = { conferenceNumber: room.conferenceNumber, pin: room.pin, caller: null };
    const noSecret = await call(body, { 'content-type': 'application/json' });
    const wrongSecret = await call(body, { ...gateway, authorization: `Bearer ${'x'.repeat(40)}` });
    for (const res of [noSecret, wrongSecret])
      expect(res).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    const asOwner = await call(body, { ...server.owner.headers, 'content-type': 'application/json' });
    expect(asOwner.status).toBe(401);
    for (const bad of [
      { ...body, pin: '12ab' },
      { ...body, caller: 'Robert' },
      { ...body, extra: 1 },
      { conferenceNumber: room.conferenceNumber },
    ]) {
      expect(await call(bad)).toMatchObject({ status: 400, body: { error: 'invalidBody' } });
    }
  });

  it('letsACallerWaitWhenTheRoomMakesGuestsWait', async () => {
    const room = await dialInRoom(server, 'Mit Warteraum', 'guests');
    const entry = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: null });
    expect(entry).toMatchObject({ status: 201, body: { waits: true, displayName: 'Unbekannte Nummer 1' } });
    // A second caller without a number can be told apart.
    const second = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: null });
    expect(second.body.displayName).toBe('Unbekannte Nummer 2');
    const phone = await phoneJoins(room.roomId, String(entry.body.ticket));
    expect(await phone.join('x')).toMatchObject({ event: 'waiting' });
  });
});

describe('the language callers hear', () => {
  it('isTheTenantsOwnChoiceElseTheGatewaysLanguageNotTheDefaultForRecords', async () => {
    const room = await dialInRoom(server, 'Sprachen');
    const tenants = new TenantRepository(server.database.db);
    const byDefault = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: null });
    expect(byDefault).toMatchObject({ status: 201, body: { language: 'de', displayName: 'Unbekannte Nummer 1' } });
    await tenants.updateSettings('test', { language: 'en' });
    try {
      const english = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: null });
      expect(english).toMatchObject({ status: 201, body: { language: 'en', displayName: 'Unknown number 2' } });
      await tenants.updateSettings('test', { language: 'de' });
      const german = await call({ conferenceNumber: room.conferenceNumber, pin: room.pin, caller: '+4930333333' });
      expect(german).toMatchObject({ status: 201, body: { language: 'de' } });
    } finally {
      await tenants.updateSettings('test', { language: null });
    }
  });
});

describe('phone entry without a gateway secret', () => {
  it('doesNotExist', async () => {
    const plain = await startTestServer();
    try {
      const res = await fetch(`${plain.baseUrl}/v1/sip/calls`, {
        method: 'POST',
        headers: gateway,
        body: JSON.stringify({ conferenceNumber: '1', pin: '1', caller: null }),
      });
      expect(res.status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});
