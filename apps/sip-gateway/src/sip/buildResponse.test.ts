import { describe, expect, it } from 'vitest';
import { buildResponse } from './buildResponse.js';
import { parseSipMessage } from './parseSipMessage.js';
import type { SipRequest } from './SipMessage.js';
import { requestHeaders, sipBytes } from './sipTestMessages.js';

function request(method: string, extra: string[] = []): SipRequest {
  const parsed = parseSipMessage(
    sipBytes([`${method} sip:gateway@plenum.example SIP/2.0`, ...requestHeaders(method, extra)]),
  );
  if (!parsed.ok || parsed.message.kind !== 'request') throw new Error('fixture request did not parse');
  return parsed.message;
}

const routes = [
  'Via: SIP/2.0/UDP proxy.example;branch=z9hG4bKp1',
  'Record-Route: <sip:p1.example;lr>, <sip:p2.example;lr>',
  'Record-Route: <sip:p3.example;lr>',
  'Timestamp: 54',
];

describe('buildResponse (RFC 3261 §8.2.6)', () => {
  it('copies Via in order, From, Call-ID and CSeq, and adds the To tag', () => {
    const response = buildResponse(request('OPTIONS', routes.slice(0, 1)), 200, { toTag: 'gw1' });
    expect(response).toEqual({
      kind: 'response',
      status: 200,
      reason: 'OK',
      headers: [
        { name: 'Via', value: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds' },
        { name: 'Via', value: 'SIP/2.0/UDP proxy.example;branch=z9hG4bKp1' },
        { name: 'From', value: '"Alice" <sip:alice@example.org>;tag=1928301774' },
        { name: 'To', value: 'Gateway <sip:gateway@plenum.example>;tag=gw1' },
        { name: 'Call-ID', value: 'a84b4c76e66710@pc33.example.org' },
        { name: 'CSeq', value: '314159 OPTIONS' },
      ],
      body: new Uint8Array(),
    });
  });

  it('adds no tag to a 100 Trying, and echoes its Timestamp', () => {
    const response = buildResponse(request('INVITE', routes), 100, { toTag: 'gw1' });
    expect(response.reason).toBe('Trying');
    expect(response.headers).toContainEqual({ name: 'To', value: 'Gateway <sip:gateway@plenum.example>' });
    expect(response.headers).toContainEqual({ name: 'Timestamp', value: '54' });
    expect(response.headers.some((header) => header.name === 'Record-Route')).toBe(false);
  });

  it('keeps an existing To tag', () => {
    const inDialog = request('BYE').headers.map((header) =>
      header.name === 'To' ? { ...header, value: '<sip:gateway@plenum.example>;tag=existing' } : header,
    );
    const response = buildResponse({ method: 'BYE', headers: inDialog }, 200, { toTag: 'other' });
    expect(response.headers).toContainEqual({ name: 'To', value: '<sip:gateway@plenum.example>;tag=existing' });
  });

  it('makes up a random tag when none is given', () => {
    const first = buildResponse(request('OPTIONS'), 200).headers.find((header) => header.name === 'To')?.value;
    const second = buildResponse(request('OPTIONS'), 200).headers.find((header) => header.name === 'To')?.value;
    expect(first).toMatch(/;tag=[0-9a-f]{12}$/);
    expect(first).not.toBe(second);
  });

  it('copies Record-Route into 1xx/2xx answers to INVITE, which create dialogs, and nowhere else', () => {
    const invite = request('INVITE', routes);
    const recordRoutes = (status: number, from = invite) =>
      buildResponse(from, status, { toTag: 't' }).headers.filter((header) => header.name === 'Record-Route');
    expect(recordRoutes(180)).toEqual([
      { name: 'Record-Route', value: '<sip:p1.example;lr>, <sip:p2.example;lr>' },
      { name: 'Record-Route', value: '<sip:p3.example;lr>' },
    ]);
    expect(recordRoutes(200)).toHaveLength(2);
    expect(recordRoutes(486)).toEqual([]);
    expect(recordRoutes(200, request('OPTIONS', routes))).toEqual([]);
  });

  it('appends extra headers and a body, with a custom reason', () => {
    const response = buildResponse(request('INVITE'), 200, {
      toTag: 't',
      reason: 'Answered',
      headers: [
        { name: 'Contact', value: '<sip:gateway@192.0.2.1>' },
        { name: 'Content-Type', value: 'application/sdp' },
      ],
      body: Buffer.from('v=0\r\n'),
    });
    expect(response.reason).toBe('Answered');
    expect(response.headers.slice(-2).map((header) => header.name)).toEqual(['Contact', 'Content-Type']);
    expect(Buffer.from(response.body).toString()).toBe('v=0\r\n');
  });

  it('uses RFC reason phrases, and a generic one for unknown codes', () => {
    expect(buildResponse(request('INVITE'), 488).reason).toBe('Not Acceptable Here');
    expect(buildResponse(request('INVITE'), 422).reason).toBe('Session Interval Too Small');
    expect(buildResponse(request('INVITE'), 499).reason).toBe('Error');
  });
});
