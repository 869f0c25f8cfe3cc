import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResponse } from '../sip/buildResponse.js';
import { headerValue } from '../sip/SipHeaders.js';
import type { SipMessage } from '../sip/SipMessage.js';
import type { IncomingSipRequest } from './IncomingSipRequest.js';
import { SipTransport, type SipTransportOptions } from './SipTransport.js';
import { sipRequest, tcpClient, udpClient } from './sipTestClient.js';

const open: Array<{ close(): unknown }> = [];

afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

/** A transport that answers every request with 200 and records what it was given. */
async function echoTransport(options: Partial<SipTransportOptions> = {}) {
  const received: IncomingSipRequest[] = [];
  const transport = await SipTransport.listen({ port: 0, ...options }, (incoming) => {
    received.push(incoming);
    incoming.send(buildResponse(incoming.request, 200));
  });
  open.push(transport);
  return { transport, received };
}

function status(message: SipMessage): number | string {
  return message.kind === 'response' ? message.status : message.method;
}

describe('SipTransport', () => {
  it('binds UDP and TCP on one port, stamps received and rport, and answers to the source port', async () => {
    const { transport, received } = await echoTransport();
    expect(transport.host).toBe('127.0.0.1');
    const client = await udpClient(transport.port);
    open.push(client);
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: 9 }));
    const answer = await client.inbox.next();
    expect(status(answer)).toBe(200);
    expect(headerValue(answer, 'Via')).toBe(
      `SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKtest1;rport=${client.port};received=127.0.0.1`,
    );
    expect(received[0]?.source).toEqual({ transport: 'udp', address: '127.0.0.1', port: client.port });
    expect(received[0]?.reliable).toBe(false);
  });

  it('answers malformed UDP requests with 400 and keeps working', async () => {
    const { transport } = await echoTransport();
    const client = await udpClient(transport.port);
    open.push(client);
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: 9, extra: ['Max-Forwards: x'] }));
    const bad = await client.inbox.next();
    expect(status(bad)).toBe(400);
    client.send(Buffer.from([0xff, 0x00, 0x13, 0x37]));
    client.send('\r\n\r\n');
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: client.port }));
    expect(status(await client.inbox.next())).toBe(200);
  });

  it('answers a huge header with 513', async () => {
    const { transport } = await echoTransport();
    const client = await udpClient(transport.port);
    open.push(client);
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: 9, extra: [`Subject: ${'a'.repeat(9000)}`] }));
    expect(status(await client.inbox.next())).toBe(513);
  });

  it('frames TCP: a message split across chunks, and two messages in one chunk', async () => {
    const { transport, received } = await echoTransport();
    const client = await tcpClient(transport.port);
    open.push(client);
    const first = sipRequest({ method: 'OPTIONS', transport: 'TCP', port: client.port, cseq: 1 });
    client.send(first.slice(0, 30));
    await new Promise((resolve) => setTimeout(resolve, 20));
    client.send(first.slice(30, 100));
    client.send(first.slice(100));
    expect(headerValue(await client.inbox.next(), 'CSeq')).toBe('1 OPTIONS');
    const second = sipRequest({ method: 'OPTIONS', transport: 'TCP', port: client.port, cseq: 2 });
    const third = sipRequest({ method: 'OPTIONS', transport: 'TCP', port: client.port, cseq: 3 });
    client.send(second + third);
    expect(headerValue(await client.inbox.next(), 'CSeq')).toBe('2 OPTIONS');
    expect(headerValue(await client.inbox.next(), 'CSeq')).toBe('3 OPTIONS');
    expect(received.map((incoming) => incoming.reliable)).toEqual([true, true, true]);
  });

  it('answers a TCP message it cannot frame, then closes the connection', async () => {
    const { transport } = await echoTransport();
    const client = await tcpClient(transport.port);
    open.push(client);
    const noLength = sipRequest({ method: 'OPTIONS', transport: 'TCP', port: client.port }).replace(
      'Content-Length: 0\r\n',
      '',
    );
    client.send(noLength);
    expect(status(await client.inbox.next())).toBe(400);
    await client.ended;
    const again = await tcpClient(transport.port);
    open.push(again);
    again.send(sipRequest({ method: 'OPTIONS', transport: 'TCP', port: again.port }));
    expect(status(await again.inbox.next())).toBe(200);
  });

  it('refuses requests from peers outside the allow-list with 403, OPTIONS too, and drops their ACKs', async () => {
    const { transport, received } = await echoTransport({ allow: ['192.0.2.0/24'] });
    const client = await udpClient(transport.port);
    open.push(client);
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: client.port }));
    expect(status(await client.inbox.next())).toBe(403);
    client.send(sipRequest({ method: 'ACK', transport: 'UDP', port: client.port }));
    expect(await client.inbox.quiet()).toBe(true);
    const tcp = await tcpClient(transport.port);
    open.push(tcp);
    tcp.send(sipRequest({ method: 'INVITE', transport: 'TCP', port: tcp.port }));
    expect(status(await tcp.inbox.next())).toBe(403);
    expect(received).toEqual([]);
  });

  it('with the drop policy, says nothing to refused peers and closes their TCP connections', async () => {
    const { transport, received } = await echoTransport({ allow: ['192.0.2.1'], refusal: 'drop' });
    const client = await udpClient(transport.port);
    open.push(client);
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: client.port }));
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: client.port, extra: ['CSeq: x'] }));
    expect(await client.inbox.quiet()).toBe(true);
    const tcp = await tcpClient(transport.port);
    open.push(tcp);
    await tcp.ended;
    expect(received).toEqual([]);
  });

  it('limits concurrent TCP connections and closes idle ones', async () => {
    const { transport } = await echoTransport({ maxTcpConnections: 1, tcpIdleTimeoutMs: 100 });
    const first = await tcpClient(transport.port);
    open.push(first);
    const second = await tcpClient(transport.port);
    open.push(second);
    await second.ended;
    expect(first.closed).toBe(false);
    await first.ended;
    await vi.waitFor(() => expect(transport.tcpConnections).toBe(0));
  });

  it('keeps working after random bytes over UDP and TCP', async () => {
    const { transport } = await echoTransport();
    const client = await udpClient(transport.port);
    open.push(client);
    const tcp = await tcpClient(transport.port);
    open.push(tcp);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const template = Buffer.from(sipRequest({ method: 'INVITE', transport: 'UDP', port: client.port }));
    for (let round = 0; round < 200; round++) {
      const bytes = Buffer.from(template);
      for (let flip = 0; flip < 1 + (round % 8); flip++) bytes[random() % bytes.length] = random() % 256;
      client.send(bytes);
      tcp.send(bytes.subarray(0, random() % bytes.length));
    }
    await client.inbox.quiet(100);
    const fresh = await udpClient(transport.port);
    open.push(fresh);
    fresh.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: fresh.port, branch: 'z9hG4bKafter' }));
    expect(status(await fresh.inbox.next())).toBe(200);
  });

  it('survives a listener that throws', async () => {
    const logged: string[] = [];
    const transport = await SipTransport.listen({ port: 0, log: (event) => logged.push(event) }, () => {
      throw new Error('boom');
    });
    open.push(transport);
    const client = await udpClient(transport.port);
    open.push(client);
    client.send(sipRequest({ method: 'OPTIONS', transport: 'UDP', port: client.port }));
    await client.inbox.quiet();
    expect(logged).toContain('listener failed: boom');
  });

  it('rejects an invalid allow-list', async () => {
    await expect(SipTransport.listen({ port: 0, allow: ['pbx.example.org'] }, () => {})).rejects.toThrow(
      'not an IP address or CIDR range: pbx.example.org',
    );
  });
});
