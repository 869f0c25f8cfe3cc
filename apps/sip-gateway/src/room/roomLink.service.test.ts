import { TenantRepository } from '@plenum/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialInRoom } from '../../../server/src/testing/dialInRoom.js';
import { startTestServer, type TestClient, type TestServer } from '../../../server/src/testing/startTestServer.js';
import { entryClient } from './enterByPhone.js';
import { type RoomEnd, RoomLink, type RoomLinkEvents } from './RoomLink.js';

const SECRET = 'k'.repeat(48);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sip: { gatewaySecret: SECRET } });
  await new TenantRepository(server.database.db).updateSettings('test', { phoneDialIn: true });
});
afterAll(async () => {
  await server?.stop();
});

/** Every event the link reports, in order, and a way to wait for one. */
function recorder() {
  const seen: string[] = [];
  const push = (entry: string) => seen.push(entry);
  const events: RoomLinkEvents = {
    waiting: () => push('waiting'),
    admitted: () => push('admitted'),
    audioReady: (rtp) => push(`audioReady ${rtp.host}`),
    mutedChanged: (muted, byModerator) => push(`muted ${muted} ${byModerator ? 'byModerator' : 'self'}`),
    unmuteRefused: () => push('unmuteRefused'),
    handChanged: (raised) => push(`hand ${raised}`),
    audioFailed: () => push('audioFailed'),
    ended: (reason: RoomEnd) => push(`ended ${reason}`),
  };
  const until = async (entry: string) => {
    const deadline = Date.now() + 5000;
    while (!seen.includes(entry)) {
      if (Date.now() > deadline) throw new Error(`no '${entry}' in ${JSON.stringify(seen)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { seen, events, until };
}

const entry = () => entryClient({ serverUrl: server.baseUrl, secret: SECRET });

async function callerIn(room: { conferenceNumber: string; pin: string }) {
  const outcome = await entry().enter({
    conferenceNumber: room.conferenceNumber,
    pin: room.pin,
    caller: '+4930555666',
  });
  if (outcome.kind !== 'entered') throw new Error(`not entered: ${outcome.kind}`);
  const rec = recorder();
  const link = new RoomLink(outcome.entry, {
    serverUrl: server.baseUrl,
    events: rec.events,
    renewTicket: async () => undefined,
  });
  link.connect();
  return { link, rec, participantId: async (owner: TestClient) => phoneIdSeenBy(owner) };
}

async function phoneIdSeenBy(owner: TestClient): Promise<string> {
  const frame = await owner.waitFor(
    (f) => f.event === 'participantJoined' && (f.participant as { kind?: string }).kind === 'phone',
  );
  return (frame.participant as { id: string }).id;
}

describe('a caller in the meeting through the RoomLink', () => {
  it('joinsGetsAudioFollowsMuteAndHandAndEndsWithTheMeeting', async () => {
    const room = await dialInRoom(server, 'Stadtrat');
    const owner = await server.connect(room.roomId, undefined, server.owner);
    await owner.join('Olga');
    const { link, rec, participantId } = await callerIn(room);
    await rec.until('admitted');
    const phoneId = await participantId(owner);
    link.joinAudio('pcma', { host: '127.0.0.1', port: 41_000 });
    await rec.until('audioReady 127.0.0.1');

    link.setMuted(true);
    await rec.until('muted true self');
    link.setMuted(false);
    await rec.until('muted false self');
    owner.send({ ns: 'moderation', action: 'mute', participantIds: [phoneId] });
    await rec.until('muted true byModerator');

    link.setHand(true);
    await rec.until('hand true');
    link.setHand(false);
    await rec.until('hand false');

    owner.send({ ns: 'moderation', action: 'endMeeting' });
    await rec.until('ended meetingEnded');
  });

  it('waitsInTheWaitingRoomUntilAModeratorAdmitsTheCaller', async () => {
    const room = await dialInRoom(server, 'Mit Warteraum', 'guests');
    const owner = await server.connect(room.roomId, undefined, server.owner);
    await owner.join('Olga');
    const { rec } = await callerIn(room);
    await rec.until('waiting');
    const started = await owner.waitFor((f) => f.ns === 'lobby' && f.event === 'waitingStarted');
    const person = started.person as { participantId: string; displayName: string; kind?: string };
    expect(person.displayName).toBe('+49 … 66');
    owner.send({ ns: 'lobby', action: 'admit', participantId: person.participantId });
    await rec.until('admitted');
  });

  it('endsWhenAModeratorRemovesTheCaller', async () => {
    const room = await dialInRoom(server, 'Kick');
    const owner = await server.connect(room.roomId, undefined, server.owner);
    await owner.join('Olga');
    const { rec, participantId } = await callerIn(room);
    await rec.until('admitted');
    owner.send({ ns: 'moderation', action: 'kick', participantId: await participantId(owner) });
    await rec.until('ended removed');
  });

  it('tellsAWrongEntryFromAnUnavailableServer', async () => {
    const room = await dialInRoom(server, 'Falsch');
    expect(await entry().enter({ conferenceNumber: room.conferenceNumber, pin: '1111111111', caller: null })).toEqual({
      kind: 'wrongEntry',
    });
    const nowhere = entryClient({ serverUrl: 'http://127.0.0.1:9', secret: SECRET, timeoutMs: 1000 });
    expect(await nowhere.enter({ conferenceNumber: '1', pin: '1', caller: null })).toMatchObject({
      kind: 'unavailable',
    });
    const wrongSecret = entryClient({ serverUrl: server.baseUrl, secret: 'x'.repeat(40) });
    expect(await wrongSecret.enter({ conferenceNumber: '1', pin: '1', caller: null })).toEqual({
      kind: 'unavailable',
      reason: 'unauthenticated',
    });
  });
});
