import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rooms: { reconnectGraceSeconds: 2 } });
});
afterAll(async () => {
  await server?.stop();
});

const signalingError = (error: string) => (f: Record<string, unknown>) => f.ns === 'signaling' && f.error === error;

describe('signalling over WebSocket', () => {
  it('joinsAndTellsTheOthers', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    const bob = await server.connect(room);
    await alice.join('Alice');
    const joined = await bob.join('Bob');
    expect(joined).toMatchObject({
      ns: 'core',
      event: 'joined',
      resumed: false,
      modules: { media: { participants: {} } },
    });
    expect((joined.participants as unknown[]).length).toBe(2);
    await alice.waitFor((f) => f.event === 'participantJoined');
  });

  it('refusesTheUpgradeFromAPageOfAnotherSite', async () => {
    const room = await server.createRoom();
    await expect(server.connect(room, 'https://evil.example')).rejects.toThrow(/403/);
    await expect(server.connect(room, server.baseUrl.replace('127.0.0.1', 'localhost'))).rejects.toThrow(/403/);
    const sameSite = await server.connect(room, server.baseUrl);
    expect(await sameSite.join('Anna')).toMatchObject({ event: 'joined' });
  });

  it('tellsNothingAboutARoomUntilAJoinBringsATicketForIt', async () => {
    await expect(server.connect('not-a-room-id')).rejects.toThrow(/404/);
    // A well-formed id upgrades whether or not the room exists; only a ticket for it lets anyone in.
    const unknown = await server.connect('AAAAAAAAAAAAAAAAAAAAAA');
    unknown.send({ ns: 'core', id: 'j', action: 'join', displayName: 'Eve', ticket: 'A'.repeat(43) });
    expect(await unknown.waitFor(signalingError('ticketRejected'))).toMatchObject({ id: 'j', reason: 'unknown' });
    expect((await server.requestTicket('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });

  it('answersGarbageWithInvalidJsonAndKeepsTheConnection', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    alice.send('{not json');
    await alice.waitFor(signalingError('invalidJson'));
    alice.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    await alice.waitFor((f) => f.error === 'invalidJson' && String(f.message).includes('binary'));
    expect(await alice.join('Alice')).toMatchObject({ event: 'joined' });
  });

  it('answersABadEnvelopeWithItsIssuesAndTheCommandId', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    alice.send({ ns: 'core', id: 'x1' });
    const error = await alice.waitFor(signalingError('invalidEnvelope'));
    expect(error).toMatchObject({ id: 'x1', issues: [{ path: 'action', message: expect.any(String) }] });
    alice.send({ ns: 'NOT valid', action: 'x' });
    alice.send([1, 2]);
    alice.send('"a string"');
    await alice.waitFor(() => alice.errors().length === 4);
    expect(alice.errors().every((e) => e.error === 'invalidEnvelope')).toBe(true);
  });

  it('refusesCommandsBeforeJoinAndJoinsWithAnInvalidName', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    alice.send({ ns: 'media', id: 'm1', action: 'unpublish' });
    expect(await alice.waitFor(signalingError('notJoined'))).toMatchObject({ id: 'm1' });
    alice.send({ ns: 'core', id: 'j1', action: 'join', displayName: '   ' });
    expect(await alice.waitFor(signalingError('invalidCommand'))).toMatchObject({
      id: 'j1',
      issues: expect.arrayContaining([expect.objectContaining({ path: 'displayName' })]),
    });
    alice.send({ ns: 'core', action: 'join', displayName: 'x\u0000y' });
    await alice.waitFor(() => alice.errors().length === 3);
    expect(await alice.join('Alice')).toMatchObject({ event: 'joined' });
  });

  it('answersUnknownNamespacesActionsAndSchemaViolationsToTheSenderOnly', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    const bob = await server.connect(room);
    await alice.join('Alice');
    await bob.join('Bob');
    await alice.waitFor((f) => f.event === 'participantJoined');
    const bobBefore = bob.frames.length;
    alice.send({ ns: 'weather', id: 'a', action: 'send' });
    alice.send({ ns: 'media', id: 'b', action: 'explode' });
    alice.send({ ns: 'media', id: 'c', action: 'setMuted', source: 'kazoo', muted: 'yes' });
    await alice.waitFor((f) => f.id === 'c');
    expect(alice.errors()).toEqual([
      { ns: 'signaling', id: 'a', error: 'unknownNamespace', namespace: 'weather' },
      { ns: 'signaling', id: 'b', error: 'unknownAction', action: 'explode' },
      { ns: 'signaling', id: 'c', error: 'invalidCommand', issues: expect.any(Array) },
    ]);
    alice.send({ ns: 'core', action: 'leave' });
    await bob.waitFor((f) => f.event === 'participantLeft');
    expect(bob.frames.slice(bobBefore).map((f) => f.event)).toEqual(['participantLeft']);
  });

  it('answersAnOversizedFrameAndClosesWhenItPersists', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    const big = JSON.stringify({ ns: 'core', action: 'join', displayName: 'x'.repeat(70_000) });
    alice.send(big);
    expect(await alice.waitFor(signalingError('frameTooLarge'))).toMatchObject({ maxBytes: 65_536, closing: false });
    alice.send(big);
    alice.send(big);
    expect(await alice.waitFor((f) => f.error === 'frameTooLarge' && f.closing === true)).toBeDefined();
    expect(await alice.waitForClose()).toBe(1009);
  });

  it('ratelimitsAFloodWithOneClearErrorAndClosesWhenItPersists', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    const bob = await server.connect(room);
    await bob.join('Bob');
    const ping = { ns: 'media', action: 'unpublish' };
    for (let i = 0; i < 40; i++) alice.send(ping);
    const limited = await alice.waitFor(signalingError('rateLimited'));
    expect(limited).toMatchObject({ ratePerSecond: 10, burst: 30, closing: false });
    await new Promise((r) => setTimeout(r, 200));
    expect(alice.errors().filter((e) => e.error === 'rateLimited')).toHaveLength(1);
    expect(alice.closeCode).toBeUndefined();
    for (let i = 0; i < 150; i++) alice.send(ping);
    expect(await alice.waitForClose()).toBe(1008);
    expect(bob.closeCode).toBeUndefined();
    expect(bob.errors()).toEqual([]);
  });

  it('resumesTheSameParticipantAfterADroppedSocket', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    const bob = await server.connect(room);
    await alice.join('Alice');
    const joined = await bob.join('Bob');
    bob.socket.terminate();
    await alice.waitFor((f) => f.event === 'participantUpdated');
    const again = await server.connect(room);
    const resumed = await again.join('Bob', { resume: joined.resume });
    expect(resumed).toMatchObject({ resumed: true, participantId: joined.participantId });
    await new Promise((r) => setTimeout(r, 2500));
    expect(alice.frames.filter((f) => f.event === 'participantLeft')).toEqual([]);
  });

  it('letsAParticipantGoAfterTheGracePeriod', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    const bob = await server.connect(room);
    await alice.join('Alice');
    const joined = await bob.join('Bob');
    bob.socket.terminate();
    const left = await alice.waitFor((f) => f.event === 'participantLeft', 4000);
    expect(left).toMatchObject({ participantId: joined.participantId, reason: 'timedOut' });
  });

  it('tellsEveryoneWhenTheServerShutsDown', async () => {
    const room = await server.createRoom();
    const alice = await server.connect(room);
    await alice.join('Alice');
    server.host.broadcastAll(JSON.stringify({ ns: 'signaling', event: 'closing', reason: 'shutdown' }));
    await server.host.closeAll(1000);
    expect(await alice.waitFor((f) => f.event === 'closing')).toMatchObject({ reason: 'shutdown' });
    expect(await alice.waitForClose()).toBe(1000);
  });
});
