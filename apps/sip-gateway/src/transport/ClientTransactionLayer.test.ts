import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResponse } from '../sip/buildResponse.js';
import { headerValue } from '../sip/SipHeaders.js';
import type { SipMessage, SipRequest } from '../sip/SipMessage.js';
import { SipStreamFramer } from '../sip/SipStreamFramer.js';
import { serializeSipMessage } from '../sip/serializeSipMessage.js';
import { getVias } from '../sip/Via.js';
import { ClientTransactionLayer } from './ClientTransactionLayer.js';
import { FakeClock } from './FakeClock.js';
import { SipTransport } from './SipTransport.js';
import { udpClient } from './sipTestClient.js';

const open: Array<{ close(): unknown }> = [];

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function setup() {
  const clock = new FakeClock();
  const transport = await SipTransport.listen({ port: 0 }, () => {});
  open.push(transport);
  const layer = new ClientTransactionLayer(transport, {
    clock,
    sentBy: { host: transport.host, port: transport.port },
  });
  transport.setResponseListener(layer.receive);
  const peer = await udpClient(transport.port);
  open.push(peer);
  return { clock, transport, layer, peer };
}

function options(method = 'OPTIONS'): SipRequest {
  return {
    kind: 'request',
    method,
    uri: 'sip:peer@127.0.0.1',
    headers: [
      { name: 'Max-Forwards', value: '70' },
      { name: 'From', value: '<sip:gateway@127.0.0.1>;tag=gw1' },
      { name: 'To', value: '<sip:peer@127.0.0.1>' },
      { name: 'Call-ID', value: 'client-test@127.0.0.1' },
      { name: 'CSeq', value: `7 ${method}` },
    ],
    body: new Uint8Array(),
  };
}

function asRequest(message: SipMessage): SipRequest {
  if (message.kind !== 'request') throw new Error(`expected a request, got ${message.status}`);
  return message;
}

describe('ClientTransactionLayer', () => {
  it('sends from the listening port with our Via: an unguessable branch and rport', async () => {
    const { layer, peer, transport } = await setup();
    const sent = layer.send(options(), { transport: 'udp', address: '127.0.0.1', port: peer.port });
    const received = asRequest(await peer.inbox.next());
    const vias = getVias(received);
    expect(vias.ok && vias.value.length).toBe(1);
    const via = vias.ok ? vias.value[0] : undefined;
    expect(via?.host).toBe('127.0.0.1');
    expect(via?.port).toBe(transport.port);
    expect(via?.rport).toBe('requested');
    expect(via?.branch).toMatch(/^z9hG4bK[0-9a-f]{24}$/);
    const other = layer.send(options(), { transport: 'udp', address: '127.0.0.1', port: peer.port });
    expect(headerValue(other.request, 'Via')).not.toBe(headerValue(sent.request, 'Via'));
  });

  it('re-sends over UDP with Timer E (T1 doubling to T2) and gives up with Timer F at 64·T1', async () => {
    const { layer, peer, clock } = await setup();
    const sent = layer.send(options(), { transport: 'udp', address: '127.0.0.1', port: peer.port });
    await peer.inbox.next();
    const times: number[] = [];
    while (clock.now < 32_000 && clock.advanceToNext()) {
      if (clock.now < 32_000) {
        await peer.inbox.next();
        times.push(clock.now);
      }
    }
    expect(times).toEqual([500, 1500, 3500, 7500, 11_500, 15_500, 19_500, 23_500, 27_500, 31_500]);
    expect(await sent.outcome).toEqual({ kind: 'timeout' });
    expect(layer.size).toBe(0);
  });

  it('settles with the final response matched by branch and method, and absorbs its retransmissions (Timer K)', async () => {
    const { layer, peer, clock } = await setup();
    const sent = layer.send(options(), { transport: 'udp', address: '127.0.0.1', port: peer.port });
    const request = asRequest(await peer.inbox.next());
    const forged = buildResponse(
      {
        method: 'OPTIONS',
        headers: request.headers.map((h) =>
          h.name === 'Via' ? { ...h, value: 'SIP/2.0/UDP 127.0.0.1;branch=z9hG4bKforged' } : h,
        ),
      },
      500,
    );
    peer.send(serializeSipMessage(forged));
    const wrongMethod = buildResponse(
      { method: 'BYE', headers: request.headers.map((h) => (h.name === 'CSeq' ? { ...h, value: '7 BYE' } : h)) },
      500,
    );
    peer.send(serializeSipMessage(wrongMethod));
    peer.send(serializeSipMessage(buildResponse(request, 200)));
    const outcome = await sent.outcome;
    expect(outcome.kind === 'response' && outcome.response.status).toBe(200);
    expect(sent.state).toBe('completed');
    peer.send(serializeSipMessage(buildResponse(request, 200)));
    clock.advance(4_999);
    expect(layer.size).toBe(1);
    clock.advance(1);
    expect(layer.size).toBe(0);
    expect(await peer.inbox.quiet()).toBe(true);
  });

  it('after a provisional response re-sends every T2', async () => {
    const { layer, peer, clock } = await setup();
    const provisional: number[] = [];
    const sent = layer.send(options('REGISTER'), { transport: 'udp', address: '127.0.0.1', port: peer.port }, (r) =>
      provisional.push(r.status),
    );
    const request = asRequest(await peer.inbox.next());
    peer.send(serializeSipMessage(buildResponse(request, 100)));
    await vi.waitFor(() => expect(provisional).toEqual([100]));
    expect(sent.state).toBe('proceeding');
    clock.advance(3_999);
    expect(await peer.inbox.quiet()).toBe(true);
    clock.advance(1);
    await peer.inbox.next();
    clock.advance(4_000);
    await peer.inbox.next();
  });

  it('over TCP connects to the peer, never re-sends, and reads the response from that connection', async () => {
    const { layer, clock } = await setup();
    const requests: SipRequest[] = [];
    let connection: Socket | undefined;
    const server: Server = createServer((socket) => {
      connection = socket;
      const framer = new SipStreamFramer();
      socket.on('data', (chunk) => {
        for (const event of framer.push(chunk)) {
          if (event.type === 'message' && event.result.ok && event.result.message.kind === 'request') {
            requests.push(event.result.message);
          }
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    open.push({ close: () => new Promise((resolve) => server.close(resolve)) });
    const port = (server.address() as { port: number }).port;
    const sent = layer.send(options('BYE'), { transport: 'tcp', address: '127.0.0.1', port });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(headerValue(sent.request, 'Via')).toMatch(/^SIP\/2\.0\/TCP 127\.0\.0\.1:\d+;branch=z9hG4bK/);
    clock.advance(31_999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(1);
    const [request] = requests;
    if (request === undefined || connection === undefined) throw new Error('no request');
    connection.write(serializeSipMessage(buildResponse(request, 200)));
    const outcome = await sent.outcome;
    expect(outcome.kind === 'response' && outcome.response.status).toBe(200);
    expect(layer.size).toBe(0);
    connection.destroy();
  });

  it('reports a transport error when the TCP peer cannot be reached', async () => {
    const { layer } = await setup();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    const sent = layer.send(options('BYE'), { transport: 'tcp', address: '127.0.0.1', port });
    const outcome = await sent.outcome;
    expect(outcome.kind).toBe('transportError');
    expect(layer.size).toBe(0);
  });

  it('refuses to run INVITE through a non-INVITE transaction', async () => {
    const { layer, peer } = await setup();
    expect(() => layer.send(options('INVITE'), { transport: 'udp', address: '127.0.0.1', port: peer.port })).toThrow();
  });
});
