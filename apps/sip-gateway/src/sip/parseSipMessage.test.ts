import { describe, expect, it } from 'vitest';
import { parseSipMessage, type SipParseResult } from './parseSipMessage.js';
import type { SipParseError } from './SipParseError.js';
import { requestHeaders, sipBytes } from './sipTestMessages.js';

function parsedOk(result: SipParseResult) {
  if (!result.ok) throw new Error(`expected a message, got ${JSON.stringify(result.error)}`);
  return result;
}

function errorOf(result: SipParseResult): SipParseError | undefined {
  return result.ok ? undefined : result.error;
}

const invite = (extra: string[] = [], body = 'v=0\r\n') =>
  sipBytes(
    [
      'INVITE sip:gateway@plenum.example SIP/2.0',
      ...requestHeaders('INVITE', [
        'Content-Type: application/sdp',
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...extra,
      ]),
    ],
    body,
  );

describe('parseSipMessage: well-formed messages', () => {
  it('reads a request: start line, headers in order, body, and the core headers', () => {
    const { message, core } = parsedOk(parseSipMessage(invite()));
    expect(message).toMatchObject({ kind: 'request', method: 'INVITE', uri: 'sip:gateway@plenum.example' });
    expect(message.headers.map((header) => header.name)).toEqual([
      'Via',
      'Max-Forwards',
      'To',
      'From',
      'Call-ID',
      'CSeq',
      'Content-Type',
      'Content-Length',
    ]);
    expect(Buffer.from(message.body).toString()).toBe('v=0\r\n');
    expect(core).toMatchObject({
      vias: [{ transport: 'UDP', host: '192.0.2.10', port: 5060, branch: 'z9hG4bK776asdhds' }],
      from: { displayName: 'Alice', uri: 'sip:alice@example.org', tag: '1928301774' },
      to: { displayName: 'Gateway', tag: undefined },
      callId: 'a84b4c76e66710@pc33.example.org',
      cseq: { seq: 314159, method: 'INVITE' },
      maxForwards: 70,
      contentType: { type: 'application', subtype: 'sdp' },
    });
  });

  it('reads a response, with a reason phrase in UTF-8, an empty one, or none', () => {
    const headers = requestHeaders('INVITE');
    for (const [line, reason] of [
      ['SIP/2.0 180 Es klingelt – bitte warten', 'Es klingelt – bitte warten'],
      ['SIP/2.0 100 ', ''],
      ['SIP/2.0 100', ''],
    ] as const) {
      const { message } = parsedOk(parseSipMessage(sipBytes([line, ...headers])));
      expect(message).toMatchObject({ kind: 'response', status: Number(line.slice(8, 11)), reason });
    }
  });

  it('reads compact and oddly cased names, space before the colon, and folded lines', () => {
    const bytes = sipBytes([
      'OPTIONS sip:gateway@plenum.example SIP/2.0',
      'v: SIP/2.0/UDP 192.0.2.10;branch=z9hG4bK1',
      'v  : SIP/2.0/UDP 192.0.2.11;branch=z9hG4bK2,',
      '   SIP/2.0/UDP 192.0.2.12;branch=z9hG4bK3',
      'f: <sip:alice@example.org>;tag=1',
      't: "Plenum',
      '\t  Gateway"  ',
      '  <sip:gateway@plenum.example>',
      'i: call@example.org',
      'cSeQ: 1',
      ' OPTIONS',
      'SUBJECT:',
      'k: timer, 100rel',
      'l: 0',
    ]);
    const { message, core } = parsedOk(parseSipMessage(bytes));
    expect(core.vias.map((via) => via.host)).toEqual(['192.0.2.10', '192.0.2.11', '192.0.2.12']);
    expect(core.to).toMatchObject({ displayName: 'Plenum Gateway', uri: 'sip:gateway@plenum.example' });
    expect(core.callId).toBe('call@example.org');
    expect(message.headers).toContainEqual({ name: 'Subject', value: '' });
    expect(message.headers).toContainEqual({ name: 'Supported', value: 'timer, 100rel' });
    expect(core.cseq).toEqual({ seq: 1, method: 'OPTIONS' });
  });

  it('skips CRLFs before the start line', () => {
    const bytes = Buffer.concat([Buffer.from('\r\n\r\n\r\n'), invite()]);
    expect(parsedOk(parseSipMessage(bytes)).message).toMatchObject({ method: 'INVITE' });
  });

  it('parses methods it does not know: a method is a token', () => {
    const bytes = sipBytes(['NEWMETHOD sip:gateway@plenum.example SIP/2.0', ...requestHeaders('NEWMETHOD')]);
    expect(parsedOk(parseSipMessage(bytes)).message).toMatchObject({ kind: 'request', method: 'NEWMETHOD' });
  });

  it('takes the rest of a datagram as the body when there is no Content-Length (UDP only)', () => {
    const bytes = sipBytes(['MESSAGE sip:gateway@plenum.example SIP/2.0', ...requestHeaders('MESSAGE')], 'hello');
    expect(Buffer.from(parsedOk(parseSipMessage(bytes)).message.body).toString()).toBe('hello');
    expect(errorOf(parseSipMessage(bytes, { transport: 'stream' }))).toEqual({ kind: 'missingContentLength' });
  });

  it('discards bytes after Content-Length in a datagram (RFC 3261 §18.3)', () => {
    const bytes = Buffer.concat([invite([], 'v=0\r\n'), Buffer.from('trailing garbage\r\n')]);
    expect(Buffer.from(parsedOk(parseSipMessage(bytes)).message.body).toString()).toBe('v=0\r\n');
  });

  it('allows any bytes in the body, NUL included, and copies it out of the input', () => {
    const body = '\u0000\u0001binary\u00ff';
    const bytes = invite([], body);
    const { message } = parsedOk(parseSipMessage(bytes));
    expect(Buffer.from(message.body).equals(Buffer.from(body))).toBe(true);
    bytes.fill(0);
    expect(Buffer.from(message.body).equals(Buffer.from(body))).toBe(true);
  });

  it('reads a message inside a larger buffer (a view with an offset)', () => {
    const whole = Buffer.concat([Buffer.from('XXXX'), invite()]);
    expect(parseSipMessage(whole.subarray(4)).ok).toBe(true);
  });
});

describe('parseSipMessage: limits against hostile input', () => {
  it('refuses a message over the size limit (default 64 KiB), keeping what it could read', () => {
    const result = parseSipMessage(invite([], 'x'.repeat(70_000)));
    expect(errorOf(result)).toEqual({ kind: 'messageTooLarge', limit: 65_536 });
    expect(!result.ok && result.partial?.headers.length).toBe(8);
    expect(errorOf(parseSipMessage(invite(), { limits: { maxMessageBytes: 100 } }))).toEqual({
      kind: 'messageTooLarge',
      limit: 100,
    });
  });

  it('refuses more than 100 header fields', () => {
    const many = Array.from({ length: 95 }, (_, index) => `X-Filler-${index}: ${index}`);
    expect(errorOf(parseSipMessage(invite(many)))).toEqual({ kind: 'tooManyHeaders', limit: 100 });
    expect(parseSipMessage(invite(many.slice(0, 92))).ok).toBe(true);
  });

  it('refuses a header field longer than the line limit, even when it is folded', () => {
    expect(errorOf(parseSipMessage(invite([`Subject: ${'a'.repeat(9000)}`])))).toEqual({
      kind: 'headerLineTooLong',
      limit: 8192,
    });
    const folded = Array.from({ length: 200 }, () => ` ${'b'.repeat(60)}`);
    expect(errorOf(parseSipMessage(invite(['Subject: start', ...folded])))).toEqual({
      kind: 'headerLineTooLong',
      limit: 8192,
    });
  });

  it('refuses a body over the body limit with its own error (413)', () => {
    expect(errorOf(parseSipMessage(invite([], 'x'.repeat(40_000))))).toEqual({
      kind: 'bodyTooLarge',
      limit: 32_768,
      length: 40_000,
    });
  });

  it('stays fast on a head made of thousands of tiny continuation lines', () => {
    const lines = Array.from({ length: 15_000 }, () => ' x');
    const started = performance.now();
    const result = parseSipMessage(invite(['Subject: a', ...lines]), { limits: { maxHeaderLineLength: 100_000 } });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(true);
  });
});

describe('parseSipMessage: malformed input gives typed errors', () => {
  const request = (startLine: string, headers: string[] = requestHeaders('INVITE')) =>
    parseSipMessage(sipBytes([startLine, ...headers]));

  it('reports empty input and keepalives as empty', () => {
    expect(errorOf(parseSipMessage(Buffer.alloc(0)))).toEqual({ kind: 'empty' });
    expect(errorOf(parseSipMessage(Buffer.from('\r\n\r\n')))).toEqual({ kind: 'empty' });
  });

  it('reports a head without its closing empty line', () => {
    const bytes = Buffer.from(`INVITE sip:a@example.org SIP/2.0\r\n${requestHeaders('INVITE').join('\r\n')}\r\n`);
    const result = parseSipMessage(bytes);
    expect(errorOf(result)).toEqual({ kind: 'missingHeaderEnd' });
    expect(!result.ok && result.partial?.headers).toHaveLength(6);
  });

  it.each([
    ['INVITE  sip:a@example.org SIP/2.0', 'expected "Method Request-URI SIP/2.0" separated by single spaces'],
    ['INVITE sip:a@example.org SIP/2.0 ', 'expected "Method Request-URI SIP/2.0" separated by single spaces'],
    ['INVITE sip:a@example.org', 'expected "Method Request-URI SIP/2.0" separated by single spaces'],
    ['INV;ITE sip:a@example.org SIP/2.0', 'method is not a token'],
    ['INVITE sip:a@example.org HTTP/1.1', 'no SIP version at the end'],
    ['SIP/2.0 99 Too Small', 'expected "SIP/2.0 Status-Code Reason-Phrase"'],
    ['SIP/2.0 700 Too Big', 'status code outside 100-699'],
    ['SIP/2.0 2000 OK', 'expected "SIP/2.0 Status-Code Reason-Phrase"'],
    ['SIP/2 200 OK', 'invalid SIP version'],
  ])('refuses the start line %j', (line, reason) => {
    expect(errorOf(request(line))).toEqual({ kind: 'invalidStartLine', reason });
  });

  it('tells an unsupported version apart (505)', () => {
    expect(errorOf(request('INVITE sip:a@example.org SIP/7.0'))).toEqual({
      kind: 'unsupportedVersion',
      version: 'SIP/7.0',
    });
    expect(errorOf(request('SIP/3.0 200 OK'))).toEqual({ kind: 'unsupportedVersion', version: 'SIP/3.0' });
  });

  it('refuses a Request-URI in angle brackets or with a broken sip: URI, but takes other schemes', () => {
    expect(errorOf(request('INVITE <sip:a@example.org> SIP/2.0'))).toEqual({
      kind: 'invalidRequestUri',
      reason: 'not an absolute URI',
    });
    expect(errorOf(request('INVITE sip:a@example.org:99999 SIP/2.0'))).toEqual({
      kind: 'invalidRequestUri',
      reason: 'invalid port',
    });
    expect(request('INVITE tel:+4930123456 SIP/2.0').ok).toBe(true);
  });

  it.each([
    ['NUL byte', 'Subject: a\u0000b', { kind: 'nulByte' }],
    ['control character', 'Subject: a\u0007b', { kind: 'controlCharacter', code: 7 }],
    ['DEL', 'Subject: a\u007fb', { kind: 'controlCharacter', code: 127 }],
    ['bare LF', 'Subject: a\nX-Injected: b', { kind: 'invalidLineBreak' }],
    ['bare CR', 'Subject: a\rb', { kind: 'invalidLineBreak' }],
    ['line without colon', 'This is not a header', { kind: 'invalidHeaderLine', reason: 'no colon' }],
    ['name with a space', 'Bad Name: x', { kind: 'invalidHeaderLine', reason: 'header name is not a token' }],
    ['empty name', ': x', { kind: 'invalidHeaderLine', reason: 'header name is not a token' }],
  ] as const)('refuses a head with a %s', (_, line, error) => {
    expect(errorOf(parseSipMessage(invite([line])))).toEqual(error);
  });

  it('refuses a head that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('OPTIONS sip:a@example.org SIP/2.0\r\nSubject: '),
      Buffer.from([0xc3, 0x28]),
    ]);
    const withHeaders = Buffer.concat([bytes, Buffer.from(`\r\n${requestHeaders('OPTIONS').join('\r\n')}\r\n\r\n`)]);
    const result = parseSipMessage(withHeaders);
    expect(errorOf(result)).toEqual({ kind: 'invalidUtf8' });
    expect(!result.ok && result.partial).toMatchObject({ kind: 'request', method: 'OPTIONS' });
  });

  it('refuses a continuation line before the first header', () => {
    expect(errorOf(request('INVITE sip:a@example.org SIP/2.0', [' folded', ...requestHeaders('INVITE')]))).toEqual({
      kind: 'invalidHeaderLine',
      reason: 'continuation line before the first header',
    });
  });

  it.each([
    ['-1', { kind: 'invalidContentLength', reason: 'negative' }],
    ['five', { kind: 'invalidContentLength', reason: 'notNumeric' }],
    ['5.0', { kind: 'invalidContentLength', reason: 'notNumeric' }],
    ['50', { kind: 'contentLengthExceedsBody', declared: 50, actual: 5 }],
    ['99999999999999999999', { kind: 'contentLengthExceedsBody', declared: Number.MAX_SAFE_INTEGER, actual: 5 }],
  ] as const)('refuses Content-Length %s', (value, error) => {
    const bytes = sipBytes(
      ['INVITE sip:a@example.org SIP/2.0', ...requestHeaders('INVITE', [`Content-Length: ${value}`])],
      'v=0\r\n',
    );
    expect(errorOf(parseSipMessage(bytes))).toEqual(error);
  });

  it('refuses two Content-Length fields even when they agree', () => {
    expect(errorOf(parseSipMessage(invite(['l: 5'])))).toEqual({ kind: 'invalidContentLength', reason: 'multiple' });
  });

  it.each(['Via', 'From', 'To', 'Call-ID', 'CSeq'])('refuses a request without %s', (name) => {
    const headers = requestHeaders('INVITE').filter((line) => !line.startsWith(`${name}:`));
    expect(errorOf(request('INVITE sip:a@example.org SIP/2.0', headers))).toEqual({
      kind: 'missingHeader',
      header: name,
    });
  });

  it.each([
    ['Call-ID: second@example.org', 'Call-ID'],
    ['t: <sip:other@example.org>', 'To'],
    ['Max-Forwards: 69', 'Max-Forwards'],
    ['Expires: 1', undefined],
  ])('refuses a second single-value header: %s', (line, header) => {
    const extra = header === undefined ? [line, line] : [line];
    expect(errorOf(parseSipMessage(invite(extra)))).toEqual({ kind: 'duplicateHeader', header: header ?? 'Expires' });
  });

  it('refuses a CSeq method that does not match the request method', () => {
    const headers = requestHeaders('INVITE');
    expect(errorOf(request('OPTIONS sip:a@example.org SIP/2.0', headers))).toEqual({
      kind: 'cseqMethodMismatch',
      method: 'OPTIONS',
      cseqMethod: 'INVITE',
    });
  });

  it('names the broken header and keeps the partial message for an answer', () => {
    const result = parseSipMessage(invite(['Max-Forwards: 300']));
    expect(errorOf(result)).toEqual({ kind: 'duplicateHeader', header: 'Max-Forwards' });
    const broken = request('INVITE sip:a@example.org SIP/2.0', [
      ...requestHeaders('INVITE').slice(0, 1),
      'Max-Forwards: 300',
      ...requestHeaders('INVITE').slice(2),
    ]);
    expect(errorOf(broken)).toEqual({ kind: 'invalidHeader', header: 'Max-Forwards', reason: 'more than 255' });
    expect(!broken.ok && broken.partial).toMatchObject({ kind: 'request', method: 'INVITE' });
  });
});

describe('parseSipMessage: never throws', () => {
  it('returns a result for thousands of mutated and random inputs', () => {
    let seed = 42;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const base = invite(['Contact: <sip:alice@192.0.2.10>;expires=60', 'Session-Expires: 1800;refresher=uac']);
    const alphabet = Buffer.from(' \t\r\n:;,<>"\\@[]=/%0aZ\u0000\u00ff');
    for (let round = 0; round < 3000; round++) {
      const bytes = Buffer.from(base);
      for (let edit = 0; edit < 1 + random(8); edit++)
        bytes[random(bytes.length)] = alphabet[random(alphabet.length)] ?? 0;
      const cut = round % 5 === 0 ? bytes.subarray(0, random(bytes.length)) : bytes;
      expect(() => parseSipMessage(cut)).not.toThrow();
      expect(() => parseSipMessage(cut, { transport: 'stream' })).not.toThrow();
    }
    for (let round = 0; round < 500; round++) {
      const bytes = Buffer.from(Array.from({ length: random(300) }, () => random(256)));
      expect(() => parseSipMessage(bytes)).not.toThrow();
    }
  });
});
