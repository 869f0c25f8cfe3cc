import { describe, expect, it } from 'vitest';
import { parseSipMessage } from './parseSipMessage.js';
import { respondToParseFailure } from './respondToParseFailure.js';
import { serializeSipMessage } from './serializeSipMessage.js';
import { requestHeaders, sipBytes } from './sipTestMessages.js';

function answer(bytes: Buffer) {
  const result = parseSipMessage(bytes);
  if (result.ok) throw new Error('expected a parse failure');
  return respondToParseFailure(result, { toTag: 'gw' });
}

function status(bytes: Buffer): number | string {
  const action = answer(bytes);
  return action.action === 'respond' ? action.response.status : action.reason;
}

describe('respondToParseFailure', () => {
  it('answers a request with a bad header with 400, naming the problem, and the copied headers', () => {
    const bytes = sipBytes([
      'INVITE sip:gateway@plenum.example SIP/2.0',
      ...requestHeaders('INVITE', ['Max-Forwards: x']),
    ]);
    const action = answer(bytes);
    if (action.action !== 'respond') throw new Error(action.reason);
    expect(serializeSipMessage(action.response).toString()).toBe(
      [
        'SIP/2.0 400 Bad Request (more than one Max-Forwards)',
        'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
        'From: "Alice" <sip:alice@example.org>;tag=1928301774',
        'To: Gateway <sip:gateway@plenum.example>;tag=gw',
        'Call-ID: a84b4c76e66710@pc33.example.org',
        'CSeq: 314159 INVITE',
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n'),
    );
  });

  it('chooses 513 for size limits, 413 for a big body and 505 for another SIP version', () => {
    const headers = requestHeaders('MESSAGE');
    const line = 'MESSAGE sip:gateway@plenum.example SIP/2.0';
    expect(status(sipBytes([line, ...headers, `Subject: ${'a'.repeat(9000)}`]))).toBe(513);
    expect(status(sipBytes([line, ...headers, ...Array.from({ length: 100 }, (_, n) => `X-N: ${n}`)]))).toBe(513);
    expect(status(sipBytes([line, ...headers], 'x'.repeat(70_000)))).toBe(513);
    expect(status(sipBytes([line, ...headers, 'Content-Length: 40000'], 'x'.repeat(40_000)))).toBe(413);
    expect(status(sipBytes(['MESSAGE sip:gateway@plenum.example SIP/3.0', ...headers]))).toBe(505);
  });

  it('answers a request whose start line is broken but whose headers can be read', () => {
    expect(status(sipBytes(['INVITE <sip:gateway@plenum.example> SIP/2.0', ...requestHeaders('INVITE')]))).toBe(400);
    expect(status(sipBytes(['INVITE  sip:gateway@plenum.example SIP/2.0', ...requestHeaders('INVITE')]))).toBe(400);
  });

  it('keeps the To as it was when it cannot be read, rather than adding a tag to garbage', () => {
    const headers = requestHeaders('INVITE').map((line) =>
      line.startsWith('To:') ? 'To: "broken <sip:x@example.org>' : line,
    );
    const action = answer(sipBytes(['INVITE sip:gateway@plenum.example SIP/2.0', ...headers]));
    expect(action.action === 'respond' && action.response.headers).toContainEqual({
      name: 'To',
      value: '"broken <sip:x@example.org>',
    });
  });

  it('drops what cannot or must not be answered', () => {
    const ok = requestHeaders('INVITE');
    expect(status(Buffer.from('\r\n\r\n'))).toBe('empty message or keepalive');
    expect(status(sipBytes(['SIP/2.0 200 OK', ...ok, 'Max-Forwards: 1']))).toBe('a malformed response is discarded');
    expect(
      status(sipBytes(['ACK sip:gateway@plenum.example SIP/2.0', ...requestHeaders('ACK'), 'Max-Forwards: 1'])),
    ).toBe('an ACK is never answered');
    expect(status(sipBytes(['BROKEN LINE', ...requestHeaders('ACK')]))).toBe('an ACK is never answered');
    expect(status(sipBytes(['INVITE sip:gateway@plenum.example SIP/2.0', 'Via: nonsense', ...ok.slice(1)]))).toBe(
      'no readable Via to send an answer to',
    );
    expect(
      status(
        sipBytes(['INVITE sip:gateway@plenum.example SIP/2.0', ...ok.filter((line) => !line.startsWith('Call-ID'))]),
      ),
    ).toBe('no Call-ID to copy into an answer');
    expect(status(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0d, 0x0a, 0x0d, 0x0a]))).toBe(
      'no readable Via to send an answer to',
    );
  });
});
