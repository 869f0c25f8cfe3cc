import { createSocket, type RemoteInfo } from 'node:dgram';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAuthHeader } from '../sip/AuthHeader.js';
import { buildResponse } from '../sip/buildResponse.js';
import { answerDigestChallenge, readDigestChallenge } from '../sip/digest.js';
import { paramValue } from '../sip/HeaderParams.js';
import { parseSipMessage } from '../sip/parseSipMessage.js';
import { headerValue } from '../sip/SipHeaders.js';
import type { SipHeader, SipRequest } from '../sip/SipMessage.js';
import { serializeSipMessage } from '../sip/serializeSipMessage.js';
import { FakeClock } from '../transport/FakeClock.js';
import type { RegistrationStatus } from './Registration.js';
import { SipUserAgent } from './SipUserAgent.js';

const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Answer = (request: SipRequest) => { status: number; headers?: SipHeader[] } | undefined;

const challenge = 'Digest realm="plenum.test", nonce="abc123", algorithm=MD5, qop="auth"';

/** A registrar on 127.0.0.1 that answers each REGISTER with the next scripted answer (undefined: no answer). */
async function registrar(script: Answer[]) {
  const socket = createSocket('udp4');
  const received: SipRequest[] = [];
  socket.on('message', (data: Buffer, from: RemoteInfo) => {
    const parsed = parseSipMessage(data);
    if (!parsed.ok || parsed.message.kind !== 'request') return;
    const request = parsed.message;
    // Retransmissions (same branch) are not new requests.
    if (received.some((seen) => headerValue(seen, 'Via') === headerValue(request, 'Via'))) return;
    received.push(request);
    const next: Answer = script.shift() ?? (() => ({ status: 200 }));
    const answer = next(request);
    if (answer !== undefined) {
      const response = buildResponse(request, answer.status, { headers: answer.headers ?? [] });
      socket.send(serializeSipMessage(response), from.port, from.address);
    }
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => socket.close(() => resolve())));
  return { port: socket.address().port, received };
}

async function registeringAgent(port: number, password = 'secret') {
  const clock = new FakeClock();
  const statuses: RegistrationStatus[] = [];
  const ua = new SipUserAgent({
    transport: { port: 0 },
    clock,
    onCall: () => {},
    registration: { registrar: `sip:127.0.0.1:${port}`, user: 'plenum', password, domain: 'plenum.test', expires: 600 },
    onRegistrationStatus: (status) => statuses.push(status),
  });
  const { udp } = await ua.start();
  cleanups.push(async () => {
    const stopping = ua.stop();
    clock.advance(2000);
    await stopping;
  });
  return { ua, clock, statuses, port: udp };
}

const unauthorized: Answer = () => ({ status: 401, headers: [{ name: 'WWW-Authenticate', value: challenge }] });

describe('Registration (RFC 3261 §10.2)', () => {
  it('answers the digest challenge, keeps the granted lifetime, re-registers at half of it, and unregisters on stop', async () => {
    const server = await registrar([
      unauthorized,
      (request) => ({
        status: 200,
        headers: [{ name: 'Contact', value: `${headerValue(request, 'Contact')};expires=120` }],
      }),
      unauthorized,
      () => ({ status: 200, headers: [{ name: 'Expires', value: '120' }] }),
    ]);
    const { ua, clock, statuses, port } = await registeringAgent(server.port);
    await vi.waitFor(() => expect(ua.registrationStatus?.state).toBe('registered'));
    expect(ua.registrationStatus).toEqual({ state: 'registered', expires: 120, lastStatus: 200, failures: 0 });
    const [first, second] = server.received;
    expect(first?.uri).toBe(`sip:127.0.0.1:${server.port}`);
    expect(headerValue(first as SipRequest, 'To')).toBe('<sip:plenum@plenum.test>');
    expect(headerValue(first as SipRequest, 'Contact')).toBe(`<sip:plenum@127.0.0.1:${port}>`);
    expect(headerValue(first as SipRequest, 'Expires')).toBe('600');
    expect(headerValue(first as SipRequest, 'Authorization')).toBeUndefined();
    const credentials = parseAuthHeader(headerValue(second as SipRequest, 'Authorization') ?? '');
    if (!credentials.ok) throw new Error('no Authorization');
    const offered = parseAuthHeader(challenge);
    const digest = offered.ok ? readDigestChallenge(offered.value) : undefined;
    if (!digest?.ok) throw new Error('bad test challenge');
    const expected = answerDigestChallenge(digest.value, {
      username: 'plenum',
      password: 'secret',
      method: 'REGISTER',
      uri: `sip:127.0.0.1:${server.port}`,
      cnonce: paramValue(credentials.value.params, 'cnonce') ?? '',
      nonceCount: 1,
    });
    expect(paramValue(credentials.value.params, 'response')).toBe(paramValue(expected.params, 'response'));
    expect(headerValue(second as SipRequest, 'Call-ID')).toBe(headerValue(first as SipRequest, 'Call-ID'));
    const seqOf = (request: SipRequest | undefined) =>
      Number((headerValue(request as SipRequest, 'CSeq') ?? '').split(' ')[0]);
    expect(seqOf(second)).toBe(seqOf(first) + 1);

    clock.advance(59_999);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.received).toHaveLength(2);
    clock.advance(1);
    await vi.waitFor(() => expect(server.received).toHaveLength(4));
    await vi.waitFor(() => expect(statuses.filter((status) => status.state === 'registered')).toHaveLength(2));

    const stopping = ua.stop();
    await stopping;
    const last = server.received.at(-1);
    expect(headerValue(last as SipRequest, 'Expires')).toBe('0');
    expect(ua.registrationStatus?.state).toBe('unregistered');
  });

  it('gives up on a second challenge for the same nonce (wrong password) and retries after a back-off', async () => {
    const server = await registrar([unauthorized, unauthorized, unauthorized]);
    const { ua, clock } = await registeringAgent(server.port, 'wrong');
    await vi.waitFor(() => expect(ua.registrationStatus?.state).toBe('failed'));
    expect(ua.registrationStatus).toEqual({ state: 'failed', expires: null, lastStatus: 401, failures: 1 });
    expect(server.received).toHaveLength(2);
    clock.advance(4_400);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.received).toHaveLength(2);
    clock.advance(1_200);
    await vi.waitFor(() => expect(server.received.length).toBeGreaterThanOrEqual(3));
  });

  it('asks again with the Min-Expires of a 423', async () => {
    const server = await registrar([() => ({ status: 423, headers: [{ name: 'Min-Expires', value: '1800' }] })]);
    const { ua } = await registeringAgent(server.port);
    await vi.waitFor(() => expect(ua.registrationStatus?.state).toBe('registered'));
    expect(headerValue(server.received[1] as SipRequest, 'Expires')).toBe('1800');
    expect(ua.registrationStatus?.expires).toBe(1800);
  });

  it('counts a registrar that never answers as a failure (Timer F) with no status code', async () => {
    const server = await registrar([() => undefined]);
    const { ua, clock } = await registeringAgent(server.port);
    await vi.waitFor(() => expect(server.received).toHaveLength(1));
    clock.advance(32_000);
    await vi.waitFor(() => expect(ua.registrationStatus?.state).toBe('failed'));
    expect(ua.registrationStatus?.lastStatus).toBeNull();
  });
});
