import { describe, expect, it } from 'vitest';
import { type SipStreamEvent, SipStreamFramer } from './SipStreamFramer.js';
import { requestHeaders, sipBytes } from './sipTestMessages.js';

const message = (method: string, body = '', extra: string[] = [`Content-Length: ${Buffer.byteLength(body)}`]) =>
  sipBytes([`${method} sip:gateway@plenum.example SIP/2.0`, ...requestHeaders(method, extra)], body);

function summary(events: readonly SipStreamEvent[]): string[] {
  return events.map((event) => {
    if (event.type !== 'message') return event.type === 'fatal' ? `fatal:${event.error.kind}` : event.type;
    if (!event.result.ok) return `invalid:${event.result.error.kind}`;
    const parsed = event.result.message;
    return parsed.kind === 'request' ? `${parsed.method}:${Buffer.from(parsed.body).toString()}` : `${parsed.status}`;
  });
}

describe('SipStreamFramer', () => {
  it('cuts several messages out of one chunk by Content-Length', () => {
    const framer = new SipStreamFramer();
    const events = framer.push(Buffer.concat([message('INVITE', 'v=0\r\n'), message('ACK'), message('BYE', 'x')]));
    expect(summary(events)).toEqual(['INVITE:v=0\r\n', 'ACK:', 'BYE:x']);
    expect(framer.buffered).toBe(0);
  });

  it('joins a message split at every possible byte', () => {
    const bytes = Buffer.concat([message('INVITE', 'v=0\r\no=-\r\n'), message('BYE')]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const framer = new SipStreamFramer();
      const events = [...framer.push(bytes.subarray(0, cut)), ...framer.push(bytes.subarray(cut))];
      expect(summary(events)).toEqual(['INVITE:v=0\r\no=-\r\n', 'BYE:']);
    }
  });

  it('takes a stream one byte at a time', () => {
    const framer = new SipStreamFramer();
    const bytes = Buffer.concat([message('OPTIONS'), message('INFO', 'Signal=5\r\n')]);
    const events = [...bytes].flatMap((byte) => framer.push(Uint8Array.of(byte)));
    expect(summary(events)).toEqual(['OPTIONS:', 'INFO:Signal=5\r\n']);
  });

  it('reports CRLFCRLF keepalive pings and single CRLF pongs between messages (RFC 5626)', () => {
    const framer = new SipStreamFramer();
    const events = framer.push(
      Buffer.concat([Buffer.from('\r\n\r\n'), message('OPTIONS'), Buffer.from('\r\n'), message('BYE')]),
    );
    expect(summary(events)).toEqual(['ping', 'OPTIONS:', 'pong', 'BYE:']);
  });

  it('waits when a lone CRLF could still become a ping', () => {
    const framer = new SipStreamFramer();
    expect(framer.push(Buffer.from('\r\n'))).toEqual([]);
    expect(summary(framer.push(Buffer.from('\r\n')))).toEqual(['ping']);
    expect(framer.push(Buffer.from('\r\n\r'))).toEqual([]);
    expect(summary(framer.push(Buffer.from('\n')))).toEqual(['ping']);
  });

  it('goes on after a message that frames well but does not parse', () => {
    const broken = sipBytes(['INVITE sip:gateway@plenum.example SIP/2.0', 'Via: nonsense', 'Content-Length: 0']);
    const events = new SipStreamFramer().push(Buffer.concat([broken, message('BYE')]));
    expect(summary(events)).toEqual(['invalid:invalidHeader', 'BYE:']);
  });

  it('gives up on a message without Content-Length, keeping what it read for an answer', () => {
    const framer = new SipStreamFramer();
    const events = framer.push(message('INVITE', '', []));
    expect(summary(events)).toEqual(['fatal:missingContentLength']);
    const fatal = events[0];
    expect(fatal?.type === 'fatal' && fatal.partial).toMatchObject({ kind: 'request', method: 'INVITE' });
    expect(fatal?.type === 'fatal' && fatal.partial?.headers).toHaveLength(6);
    expect(framer.closed).toBe(true);
    expect(framer.push(message('BYE'))).toEqual([]);
  });

  it.each([
    ['-3', 'fatal:invalidContentLength'],
    ['abc', 'fatal:invalidContentLength'],
    ['40000', 'fatal:bodyTooLarge'],
    ['99999999999999999999999', 'fatal:bodyTooLarge'],
  ])('gives up on Content-Length %s', (value, expected) => {
    const events = new SipStreamFramer().push(message('INVITE', '', [`Content-Length: ${value}`]));
    expect(summary(events)).toEqual([expected]);
  });

  it('gives up on two Content-Length fields, as it cannot know where the message ends', () => {
    const events = new SipStreamFramer().push(message('INVITE', '', ['Content-Length: 0', 'l: 10']));
    expect(summary(events)).toEqual(['fatal:invalidContentLength']);
  });

  it('gives up when no head end arrives within the size limit, without holding more', () => {
    const framer = new SipStreamFramer({ maxMessageBytes: 1000 });
    expect(framer.push(Buffer.from(`INVITE sip:a@example.org SIP/2.0\r\nSubject: ${'a'.repeat(500)}`))).toEqual([]);
    expect(summary(framer.push(Buffer.from('a'.repeat(600))))).toEqual(['fatal:messageTooLarge']);
    expect(framer.buffered).toBe(0);
  });

  it('gives up when head and body together exceed the size limit', () => {
    const framer = new SipStreamFramer({ maxMessageBytes: 1000 });
    const events = framer.push(message('INVITE', '', ['Content-Length: 900']));
    expect(summary(events)).toEqual(['fatal:messageTooLarge']);
  });

  it('holds at most one message plus the current chunk while waiting for a body', () => {
    const framer = new SipStreamFramer();
    framer.push(message('INVITE', '', ['Content-Length: 30000']));
    for (let step = 0; step < 29; step++) expect(framer.push(Buffer.alloc(1000, 0x61))).toEqual([]);
    expect(summary(framer.push(Buffer.alloc(1000, 0x61)))).toEqual([`INVITE:${'a'.repeat(30000)}`]);
    expect(framer.buffered).toBe(0);
  });

  it('cuts thousands of pipelined messages out of one large chunk', () => {
    const one = message('OPTIONS');
    const events = new SipStreamFramer().push(Buffer.concat(Array.from({ length: 5000 }, () => one)));
    expect(events).toHaveLength(5000);
    expect(events.every((event) => event.type === 'message' && event.result.ok)).toBe(true);
  });

  it('never throws on random chunks of random and mutated bytes', () => {
    let seed = 7;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const base = Buffer.concat([message('INVITE', 'v=0\r\n'), Buffer.from('\r\n\r\n'), message('BYE')]);
    for (let round = 0; round < 1000; round++) {
      const bytes = Buffer.from(base);
      for (let edit = 0; edit < random(6); edit++) bytes[random(bytes.length)] = random(256);
      const framer = new SipStreamFramer();
      let offset = 0;
      while (offset < bytes.length) {
        const size = 1 + random(200);
        expect(() => framer.push(bytes.subarray(offset, offset + size))).not.toThrow();
        offset += size;
      }
    }
  });
});
