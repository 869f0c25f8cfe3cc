import { fileURLToPath } from 'node:url';
import { TenantRepository } from '@plenum/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialInRoom } from '../../server/src/testing/dialInRoom.js';
import { startTestServer, type TestClient, type TestServer } from '../../server/src/testing/startTestServer.js';
import { loadGatewayConfig } from './config/gatewayConfig.js';
import { Gateway } from './Gateway.js';
import { PromptLibrary } from './ivr/PromptLibrary.js';
import { type Baresip, freeSipPort, rms, startBaresip } from './testing/baresip.js';

/**
 * The whole gateway against real SIP: baresip dials in, keys in conference number and PIN as RFC 4733 DTMF, and
 * becomes a phone participant of a meeting on a real Plenum server (with the fake media plane: the audio itself is
 * the e2e test's business, as are three wrong PINs). Needs the built prompts (`npm run build`, done by `npm test`).
 */

const SECRET = 'p'.repeat(48);
const promptsDir = fileURLToPath(new URL('../dist/prompts', import.meta.url));

let server: TestServer;
let gateway: Gateway;
let sipPort: number;
const phones: Baresip[] = [];

beforeAll(async () => {
  server = await startTestServer({ sip: { gatewaySecret: SECRET }, access: { attemptsPerClient: 20 } });
  await new TenantRepository(server.database.db).updateSettings('test', { phoneDialIn: true });
  sipPort = await freeSipPort();
  const config = loadGatewayConfig({
    PLENUM_SIP_SERVER_URL: server.baseUrl,
    PLENUM_SIP_GATEWAY_SECRET: SECRET,
    PLENUM_SIP_PROMPTS: promptsDir,
    PLENUM_SIP_LISTEN: `127.0.0.1:${sipPort}`,
    PLENUM_SIP_RTP_PORTS: '46000-46199',
  });
  gateway = new Gateway(config, await PromptLibrary.load(promptsDir), pino({ level: process.env.GW_LOG ?? 'silent' }));
  await gateway.start();
}, 30_000);

afterAll(async () => {
  for (const phone of phones) await phone.stop();
  await gateway?.stop();
  await server?.stop();
});

async function phone(user: string, codecs?: readonly ('g711' | 'g722')[]): Promise<Baresip> {
  const p = await startBaresip({ user, ...(codecs ? { codecs } : {}) });
  phones.push(p);
  p.dial(`sip:plenum@127.0.0.1:${sipPort}`);
  await p.waitFor(/established/i);
  return p;
}

const isPhone = (f: Record<string, unknown>) =>
  f.event === 'participantJoined' && (f.participant as { kind?: string }).kind === 'phone';

async function owner(roomId: string): Promise<TestClient> {
  const client = await server.connect(roomId, undefined, server.owner);
  await client.join('Olga');
  return client;
}

describe('the SIP gateway with a real phone', () => {
  it('bringsACallerWhoKeysInNumberAndPinIntoTheMeetingAsAPhoneWithAMaskedNumber', async () => {
    const room = await dialInRoom(server, 'Gemeinderat');
    const olga = await owner(room.roomId);
    const caller = await phone('+4930111222');
    await caller.keys(`${room.conferenceNumber}#${room.pin}#`);
    const joined = await olga.waitFor(isPhone, 15_000).catch((e) => {
      if (process.env.GW_LOG) console.log(caller.output());
      throw e;
    });
    expect(joined.participant).toMatchObject({ displayName: '+49 … 22', kind: 'phone', role: 'guest' });
    // Its audio joins the group's mixer with the gateway's bridge socket as the leg's address.
    await olga.waitFor(
      (f) =>
        f.event === 'mediaStateChanged' && (f.media as { microphone: { published: boolean } }).microphone.published,
      5000,
    );
    const [mixer] = [...([...server.media.rooms.values()][0]?.mixers.values() ?? [])];
    expect(mixer?.phones[0]?.remote.host).toBe('127.0.0.1');
    expect(caller.output()).not.toMatch(/terminated|closed/i);
    caller.hangup();
    await olga.waitFor((f) => f.event === 'participantLeft', 10_000);
  }, 40_000);

  it('takesAG722OnlyPhoneAndSpeaksToItInG722', async () => {
    const room = await dialInRoom(server, 'Breitband');
    const olga = await owner(room.roomId);
    const caller = await phone('+4930999000', ['g722']);
    await caller.waitFor(/Set audio decoder: G722/);
    // The welcome prompt reaches the caller through the G.722 encoder.
    await new Promise((r) => setTimeout(r, 2500));
    expect(rms(caller.heard())).toBeGreaterThan(100);
    await caller.keys(`${room.conferenceNumber}#${room.pin}#`);
    await olga.waitFor(isPhone, 15_000);
  }, 40_000);

  it('letsACallerMuteThemselvesWithStar6AndRaiseTheirHandWithStar9', async () => {
    const room = await dialInRoom(server, 'Tasten');
    const olga = await owner(room.roomId);
    const caller = await phone('+4930121212');
    await caller.keys(`${room.conferenceNumber}#${room.pin}#`);
    const joined = await olga.waitFor(isPhone, 15_000);
    const id = (joined.participant as { id: string }).id;
    const microphone = (f: Record<string, unknown>) =>
      f.event === 'mediaStateChanged' && f.participantId === id
        ? (f.media as { microphone: { published: boolean; muted: boolean } }).microphone
        : undefined;
    await olga.waitFor((f) => microphone(f)?.published === true, 5000);
    await caller.keys('*6');
    await olga.waitFor((f) => microphone(f)?.muted === true, 5000);
    await caller.keys('*9');
    await olga.waitFor(
      (f) =>
        f.ns === 'raise-hands' &&
        f.event === 'handRaised' &&
        (f.hand as { participantId: string }).participantId === id,
      5000,
    );
  }, 40_000);

  it('letsACallerWaitUntilAModeratorAdmitsThem', async () => {
    const room = await dialInRoom(server, 'Mit Warteraum', 'guests');
    const olga = await owner(room.roomId);
    const caller = await phone('+4930555666');
    await caller.keys(`${room.conferenceNumber}#${room.pin}#`);
    const started = await olga.waitFor((f) => f.ns === 'lobby' && f.event === 'waitingStarted', 15_000);
    const person = started.person as { participantId: string; displayName: string };
    expect(person.displayName).toBe('+49 … 66');
    olga.send({ ns: 'lobby', action: 'admit', participantId: person.participantId });
    await olga.waitFor(isPhone, 5000);
  }, 40_000);

  it('endsTheCallWhenAModeratorRemovesTheCaller', async () => {
    const room = await dialInRoom(server, 'Kick');
    const olga = await owner(room.roomId);
    const caller = await phone('+4930777888');
    await caller.keys(`${room.conferenceNumber}#${room.pin}#`);
    const joined = await olga.waitFor(isPhone, 15_000);
    olga.send({ ns: 'moderation', action: 'kick', participantId: (joined.participant as { id: string }).id });
    await caller.waitFor(/closed|terminated/i, 30_000);
  }, 60_000);
});
