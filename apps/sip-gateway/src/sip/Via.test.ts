import { describe, expect, it } from 'vitest';
import type { SipRequest } from './SipMessage.js';
import { formatVia, getVias, parseVia, stampTopVia } from './Via.js';

describe('parseVia', () => {
  it('reads protocol, transport, sent-by and the well-known parameters', () => {
    expect(parseVia('SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport;received=192.0.2.99')).toEqual({
      ok: true,
      value: {
        protocolName: 'SIP',
        protocolVersion: '2.0',
        transport: 'UDP',
        host: '192.0.2.10',
        port: 5060,
        params: [
          { name: 'branch', value: 'z9hG4bK776asdhds' },
          { name: 'rport', value: undefined },
          { name: 'received', value: '192.0.2.99' },
        ],
        branch: 'z9hG4bK776asdhds',
        received: '192.0.2.99',
        rport: 'requested',
      },
    });
  });

  it('accepts whitespace around the slashes and colon, lower-case and unknown transports, IPv6 hosts', () => {
    expect(parseVia('SIP / 2.0 / tcp  proxy.example.org : 5070 ; branch = z9hG4bK1')).toMatchObject({
      ok: true,
      value: { transport: 'TCP', host: 'proxy.example.org', port: 5070, branch: 'z9hG4bK1' },
    });
    expect(parseVia('SIP/2.0/FOOBAR [2001:db8::9:1];received=[2001:db8::9:255];rport=5061')).toMatchObject({
      ok: true,
      value: { transport: 'FOOBAR', host: '[2001:db8::9:1]', port: undefined, rport: 5061 },
    });
  });

  it.each([
    ['SIP/2.0 192.0.2.1', 'invalid sent-protocol'],
    ['SIP/2.0/UDP', 'no space before sent-by'],
    ['SIP/2.0/UDP ', 'no space before sent-by'],
    ['SIP/2.0/UDP bad_host', 'invalid sent-by host'],
    ['SIP/2.0/UDP host:99999', 'invalid sent-by port'],
    ['SIP/2.0/UDP host;branch="a b"', 'invalid branch'],
    ['SIP/2.0/UDP host;received=example.org', 'received is not an IP address'],
    ['SIP/2.0/UDP host;rport=abc', 'invalid rport'],
    ['SIP/2.0/UDP host;ttl=256', 'invalid ttl'],
    ['SIP/2.0/UDP host;maddr=[zz]', 'invalid maddr'],
    ['SIP/2.0/UDP host extra', 'unexpected characters after the parameters'],
  ])('refuses %s', (text, reason) => {
    expect(parseVia(text)).toEqual({ ok: false, error: reason });
  });

  it('formats canonically', () => {
    const via = parseVia('SIP / 2.0 / udp host.example:5060 ;branch=z9hG4bKx; rport');
    if (!via.ok) throw new Error(via.error);
    expect(formatVia(via.value)).toBe('SIP/2.0/UDP host.example:5060;branch=z9hG4bKx;rport');
  });
});

describe('getVias', () => {
  it('reads every via-parm of every Via field, top first, including the compact form', () => {
    const vias = getVias({
      headers: [
        { name: 'Via', value: 'SIP/2.0/UDP a.example;branch=z9hG4bK1, SIP/2.0/TCP b.example;branch=z9hG4bK2' },
        { name: 'v', value: 'SIP/2.0/UDP c.example;branch=z9hG4bK3' },
      ],
    });
    expect(vias.ok && vias.value.map((via) => via.host)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('names the header when a Via is missing or broken', () => {
    expect(getVias({ headers: [] })).toEqual({ ok: false, error: { kind: 'missingHeader', header: 'Via' } });
    expect(getVias({ headers: [{ name: 'Via', value: 'garbage' }] })).toEqual({
      ok: false,
      error: { kind: 'invalidHeader', header: 'Via', reason: 'invalid sent-protocol' },
    });
  });
});

describe('stampTopVia', () => {
  const request = (via: string): SipRequest => ({
    kind: 'request',
    method: 'OPTIONS',
    uri: 'sip:gateway@plenum.example',
    headers: [
      { name: 'Via', value: `${via}, SIP/2.0/UDP proxy.example;branch=z9hG4bKp` },
      { name: 'Call-ID', value: 'x' },
    ],
    body: new Uint8Array(),
  });

  it('adds received when the packet came from elsewhere, and fills in rport (RFC 3581)', () => {
    const stamped = stampTopVia(request('SIP/2.0/UDP phone.example:5060;branch=z9hG4bKa;rport'), {
      address: '198.51.100.7',
      port: 34567,
    });
    expect(stamped.ok && stamped.value.headers[0]).toEqual({
      name: 'Via',
      value:
        'SIP/2.0/UDP phone.example:5060;branch=z9hG4bKa;rport=34567;received=198.51.100.7, SIP/2.0/UDP proxy.example;branch=z9hG4bKp',
    });
  });

  it('leaves the Via alone when sent-by is the source address and no rport is asked for', () => {
    const original = request('SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKa');
    const stamped = stampTopVia(original, { address: '198.51.100.7', port: 5060 });
    expect(stamped.ok && stamped.value.headers).toEqual([
      {
        name: 'Via',
        value: 'SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKa, SIP/2.0/UDP proxy.example;branch=z9hG4bKp',
      },
      { name: 'Call-ID', value: 'x' },
    ]);
  });

  it('writes IPv6 sources in brackets', () => {
    const stamped = stampTopVia(request('SIP/2.0/UDP phone.example;branch=z9hG4bKa'), {
      address: '2001:db8::5',
      port: 5060,
    });
    expect(stamped.ok && stamped.value.headers[0]?.value).toMatch(
      /^SIP\/2\.0\/UDP phone\.example;branch=z9hG4bKa;received=\[2001:db8::5\],/,
    );
  });
});
