import { afterEach, describe, expect, it, vi } from 'vitest';
import { headerValue } from '../sip/SipHeaders.js';
import type { SipMessage } from '../sip/SipMessage.js';
import { FakeClock } from './FakeClock.js';
import { type InviteRequest, type ServerHandler, ServerTransactionLayer } from './ServerTransactionLayer.js';
import { SipTransport } from './SipTransport.js';
import { sipRequest, tcpClient, udpClient } from './sipTestClient.js';

const open: Array<{ close(): unknown }> = [];

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function setup(handler: ServerHandler) {
  const clock = new FakeClock();
  const layer = new ServerTransactionLayer(handler, { clock, supported: ['timer'] });
  const transport = await SipTransport.listen({ port: 0 }, layer.receive);
  open.push(transport);
  const client = await udpClient(transport.port);
  open.push(client);
  const request = (method: string, extra: Partial<Parameters<typeof sipRequest>[0]> = {}) =>
    sipRequest({ method, transport: 'UDP', port: client.port, ...extra });
  return { clock, layer, transport, client, request };
}

function statusOf(message: SipMessage): number | string {
  return message.kind === 'response' ? `${message.status} ${headerValue(message, 'CSeq')}` : message.method;
}

describe('ServerTransactionLayer', () => {
  it('answers an OPTIONS keepalive with 200, Allow, Accept and Supported', async () => {
    const { client, request } = await setup({ onInvite: () => {} });
    client.send(request('OPTIONS'));
    const answer = await client.inbox.next();
    expect(statusOf(answer)).toBe('200 1 OPTIONS');
    expect(headerValue(answer, 'Allow')).toBe('INVITE, ACK, BYE, CANCEL, OPTIONS, INFO');
    expect(headerValue(answer, 'Accept')).toBe('application/sdp');
    expect(headerValue(answer, 'Supported')).toBe('timer');
  });

  it('answers an unknown method with 501 and a known but unsupported one with 405 and Allow', async () => {
    const { client, request } = await setup({});
    client.send(request('FROBNICATE'));
    expect(statusOf(await client.inbox.next())).toBe('501 1 FROBNICATE');
    client.send(request('REGISTER', { branch: 'z9hG4bKreg' }));
    const refused = await client.inbox.next();
    expect(statusOf(refused)).toBe('405 1 REGISTER');
    expect(headerValue(refused, 'Allow')).toBe('ACK, BYE, CANCEL, OPTIONS, INFO');
    client.send(request('INVITE', { branch: 'z9hG4bKinv' }));
    expect(statusOf(await client.inbox.next())).toBe('405 1 INVITE');
  });

  it('sends 100 at once, then the final response, retransmitted with Timer G until the ACK', async () => {
    let invite: InviteRequest | undefined;
    const { client, request, clock, layer } = await setup({ onInvite: (received) => (invite = received) });
    client.send(request('INVITE'));
    const trying = await client.inbox.next();
    expect(statusOf(trying)).toBe('100 1 INVITE');
    expect(headerValue(trying, 'To')).toBe('<sip:gateway@127.0.0.1>');
    invite?.respond(486);
    const busy = await client.inbox.next();
    expect(statusOf(busy)).toBe('486 1 INVITE');
    expect(headerValue(busy, 'To')).toBe(`<sip:gateway@127.0.0.1>;tag=${invite?.toTag}`);
    const gaps: number[] = [];
    let last = 0;
    for (let retransmission = 0; retransmission < 6; retransmission++) {
      clock.advanceToNext();
      expect(statusOf(await client.inbox.next())).toBe('486 1 INVITE');
      gaps.push(clock.now - last);
      last = clock.now;
    }
    expect(gaps).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    client.send(request('INVITE'));
    expect(statusOf(await client.inbox.next())).toBe('486 1 INVITE');
    client.send(request('ACK', { toTag: invite?.toTag ?? '' }));
    await vi.waitFor(() => expect(clock.pending).toBe(1));
    clock.advance(4_999);
    expect(layer.size).toBe(1);
    clock.advance(1);
    expect(await client.inbox.quiet()).toBe(true);
    expect(layer.size).toBe(0);
  });

  it('retransmits a 2xx until the ACK with its own branch, which goes to the handler', async () => {
    let invite: InviteRequest | undefined;
    const acks: string[] = [];
    const { client, request, clock, layer } = await setup({
      onInvite: (received) => (invite = received),
      onAck: (ack) => acks.push(ack.core.callId),
    });
    client.send(request('INVITE'));
    await client.inbox.next();
    invite?.respond(200);
    expect(statusOf(await client.inbox.next())).toBe('200 1 INVITE');
    clock.advance(500);
    expect(statusOf(await client.inbox.next())).toBe('200 1 INVITE');
    const ack = request('ACK', { branch: 'z9hG4bKack2', toTag: invite?.toTag ?? '' });
    client.send(ack);
    await vi.waitFor(() => expect(acks).toEqual(['call-1@127.0.0.1']));
    client.send(ack);
    client.send(request('INVITE'));
    clock.advance(31_000);
    expect(await client.inbox.quiet()).toBe(true);
    expect(acks).toEqual(['call-1@127.0.0.1']);
    expect(layer.size).toBe(1);
    clock.advance(1_000);
    expect(layer.size).toBe(0);
  });

  it('gives up after Timer H (64·T1) when no ACK comes, and tells the handler', async () => {
    let invite: InviteRequest | undefined;
    const timedOut: string[] = [];
    const { client, request, clock, layer } = await setup({
      onInvite: (received) => (invite = received),
      onAckTimeout: (timed) => timedOut.push(timed.request.method),
    });
    client.send(request('INVITE'));
    await client.inbox.next();
    invite?.respond(200);
    clock.advance(31_999);
    expect(timedOut).toEqual([]);
    clock.advance(1);
    expect(timedOut).toEqual(['INVITE']);
    expect(layer.size).toBe(0);
  });

  it('answers CANCEL with 200 and the INVITE with 487, and tells the handler', async () => {
    let invite: InviteRequest | undefined;
    let cancelled = 0;
    const { client, request } = await setup({
      onInvite: (received) => {
        invite = received;
        received.onCancel = () => cancelled++;
      },
    });
    client.send(request('INVITE'));
    await client.inbox.next();
    invite?.respond(180);
    expect(statusOf(await client.inbox.next())).toBe('180 1 INVITE');
    client.send(request('CANCEL'));
    const answers = [await client.inbox.next(), await client.inbox.next()].map(statusOf).sort();
    expect(answers).toEqual(['200 1 CANCEL', '487 1 INVITE']);
    expect(cancelled).toBe(1);
    expect(invite?.respond(200)).toBeUndefined();
    client.send(request('CANCEL', { branch: 'z9hG4bKother' }));
    expect(statusOf(await client.inbox.next())).toBe('481 1 CANCEL');
  });

  it('hands BYE to the handler once and answers its retransmission with the same response; Timer J ends it', async () => {
    const byes: string[] = [];
    const { client, request, clock, layer } = await setup({
      onRequest: (received) => {
        byes.push(received.request.method);
        received.respond(200);
      },
    });
    client.send(request('BYE', { toTag: 'gw1' }));
    expect(statusOf(await client.inbox.next())).toBe('200 1 BYE');
    client.send(request('BYE', { toTag: 'gw1' }));
    expect(statusOf(await client.inbox.next())).toBe('200 1 BYE');
    expect(byes).toEqual(['BYE']);
    clock.advance(32_000);
    expect(layer.size).toBe(0);
  });

  it('over TCP, sends the final response once and forgets the transaction after the ACK', async () => {
    let invite: InviteRequest | undefined;
    const { transport, clock, layer } = await setup({ onInvite: (received) => (invite = received) });
    const tcp = await tcpClient(transport.port);
    open.push(tcp);
    tcp.send(sipRequest({ method: 'INVITE', transport: 'TCP', port: tcp.port }));
    expect(statusOf(await tcp.inbox.next())).toBe('100 1 INVITE');
    invite?.respond(603);
    expect(statusOf(await tcp.inbox.next())).toBe('603 1 INVITE');
    clock.advance(10_000);
    expect(await tcp.inbox.quiet()).toBe(true);
    tcp.send(sipRequest({ method: 'ACK', transport: 'TCP', port: tcp.port, toTag: invite?.toTag ?? '' }));
    await vi.waitFor(() => expect(layer.size).toBe(0));
  });
});
