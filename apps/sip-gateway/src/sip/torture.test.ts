import { describe, expect, it } from 'vitest';
import { getContacts } from './Contact.js';
import { parseSipMessage } from './parseSipMessage.js';
import { respondToParseFailure } from './respondToParseFailure.js';
import { headerValue, withoutHeader } from './SipHeaders.js';
import type { SipHeader } from './SipMessage.js';
import type { SipParseErrorKind } from './SipParseError.js';
import { parseSipUri } from './SipUri.js';
import { serializeSipMessage } from './serializeSipMessage.js';
import { requestHeaders, sipBytes } from './sipTestMessages.js';

/*
 * Torture messages written for this project after the categories of RFC 4475 (SIP torture tests) and RFC 5118 (IPv6):
 * messages that are odd but valid must parse; invalid ones must fail with the right error and be answered (400, 505,
 * 513) or dropped.
 */

function accepts(bytes: Buffer) {
  const result = parseSipMessage(bytes);
  if (!result.ok) throw new Error(`expected the message to parse, got ${JSON.stringify(result.error)}`);
  const again = parseSipMessage(serializeSipMessage(result.message));
  if (!again.ok) throw new Error(`serialized message did not parse again: ${JSON.stringify(again.error)}`);
  const withoutLength = (headers: readonly SipHeader[]) => withoutHeader(headers, 'Content-Length');
  expect({ ...again.message, headers: withoutLength(again.message.headers) }).toEqual({
    ...result.message,
    headers: withoutLength(result.message.headers),
  });
  expect(again.core).toEqual(result.core);
  return result;
}

function refuses(bytes: Buffer, kind: SipParseErrorKind, answer: number | 'drop') {
  const result = parseSipMessage(bytes);
  if (result.ok) throw new Error('expected the message to be refused');
  expect(result.error.kind).toBe(kind);
  const action = respondToParseFailure(result, { toTag: 'torture' });
  expect(action.action === 'respond' ? action.response.status : 'drop').toBe(answer);
}

const line = 'INVITE sip:conference@plenum.example SIP/2.0';

describe('valid but unusual messages (RFC 4475 §3.1.1 categories)', () => {
  it('a short tortuous INVITE: odd case, folding, lots of whitespace, compact names, escapes', () => {
    const { message, core } = accepts(
      sipBytes(
        [
          'INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0',
          'TO :',
          ' sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n',
          'from   : "J Rosenberg \\\\\\""       <sip:jdrosen@example.com>',
          '  ;',
          '  tag = 98asjd8',
          'MaX-fOrWaRdS: 0068',
          'Call-ID: wsinv.ndaksdj@192.0.2.1',
          'Content-Length   : 5',
          'cseq: 0009',
          '  INVITE',
          'Via  : SIP  /   2.0',
          ' /UDP',
          '    192.0.2.2;rport;branch=390skdjuw',
          's :',
          'NewFangledHeader:   newfangled value',
          ' continued newfangled value',
          'UnknownHeaderWithUnusualValue: ;;,,;;,;',
          'Content-Type: application/sdp',
          'Route:',
          ' <sip:services.example.com;lr;unknownwith=value;unknown-no-value>',
          'v:  SIP  / 2.0  / TCP     spindle.example.com   ;',
          '  branch  =   z9hG4bK9ikj8  ,',
          ' SIP  /    2.0   / UDP  192.168.255.111   ; branch=',
          ' z9hG4bK30239',
          'm:"Quoted string \\"\\"" <sip:jdrosen@example.com> ; newparam =',
          '      newvalue ;',
          '  secondparam ; q = 0.33',
        ],
        'v=0\r\n',
      ),
    );
    expect(message.kind === 'request' && message.uri).toBe('sip:vivekg@chair-dnrc.example.com;unknownparam');
    expect(core.to.tag).toBe('1918181833n');
    expect(core.from).toMatchObject({ displayName: 'J Rosenberg \\"', tag: '98asjd8' });
    expect(core.maxForwards).toBe(68);
    expect(core.cseq).toEqual({ seq: 9, method: 'INVITE' });
    expect(core.vias.map((via) => `${via.transport} ${via.host} ${via.branch}`)).toEqual([
      'UDP 192.0.2.2 390skdjuw',
      'TCP spindle.example.com z9hG4bK9ikj8',
      'UDP 192.168.255.111 z9hG4bK30239',
    ]);
    expect(headerValue(message, 'NewFangledHeader')).toBe('newfangled value continued newfangled value');
    const contacts = getContacts(message);
    expect(contacts.ok && contacts.value.kind === 'list' && contacts.value.contacts[0]).toMatchObject({
      displayName: 'Quoted string ""',
      params: [
        { name: 'newparam', value: 'newvalue' },
        { name: 'secondparam', value: undefined },
        { name: 'q', value: '0.33' },
      ],
    });
  });

  it('the whole range of token characters in a method, header names and parameters', () => {
    const method = "!interesting-Method0123456789_*+`.%indeed'~";
    const { message } = accepts(
      sipBytes([
        `${method} sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com SIP/2.0`,
        ...requestHeaders(method).slice(0, 5),
        `CSeq: 139122385 ${method}`,
        "extensionHeader-!.%*+_`'~: \u00ef\u00bb\u00bf\u5927\u5c42",
        'Call-Info: <http://www.example.com/alice/photo.jpg>;purpose=icon',
      ]),
    );
    expect(message.kind === 'request' && message.method).toBe(method);
    expect(message.kind === 'request' && parseSipUri(message.uri).ok).toBe(true);
  });

  it('escapes in the Request-URI, an escaped NUL and a literal % in a display name and Subject', () => {
    const { message, core } = accepts(
      sipBytes([
        'INVITE sip:sips%3Auser%40example.com@example.net;x=%00 SIP/2.0',
        ...requestHeaders('INVITE').map((text) =>
          text.startsWith('From') ? 'From: "100% sure" <sip:a%20b@example.org>;tag=1' : text,
        ),
        'Subject: 50% off',
      ]),
    );
    expect(core.from.displayName).toBe('100% sure');
    expect(headerValue(message, 'Subject')).toBe('50% off');
  });

  it('long values: a 2,000-character tag, a 1,000-character Call-ID, 40 Vias, a 6,000-character header', () => {
    const vias = Array.from({ length: 40 }, (_, n) => `SIP/2.0/UDP host${n}.example.com;branch=z9hG4bK${n}`).join(',');
    const { core } = accepts(
      sipBytes([
        line,
        `Via: ${vias}`,
        `To: <sip:conference@plenum.example>;tag=${'t'.repeat(2000)}`,
        'From: <sip:a@example.org>;tag=1',
        `Call-ID: ${'c'.repeat(1000)}@example.org`,
        'CSeq: 1 INVITE',
        `X-Long: ${'x'.repeat(6000)}`,
      ]),
    );
    expect(core.vias).toHaveLength(40);
    expect(core.to.tag).toHaveLength(2000);
  });

  it('extra octets after the message in a datagram are ignored', () => {
    const { message } = accepts(
      Buffer.concat([sipBytes([line, ...requestHeaders('INVITE', ['Content-Length: 0'])]), Buffer.from(`${line}\r\n`)]),
    );
    expect(message.body).toHaveLength(0);
  });

  it('varied and unknown transports in Via, and IPv6 everywhere (RFC 5118)', () => {
    const { core, message } = accepts(
      sipBytes([
        'OPTIONS sip:[2001:db8::10]:5070 SIP/2.0',
        'Via: SIP/2.0/UDP [2001:db8::9:1];branch=z9hG4bKas3-111;received=[2001:db8::9:255];rport=5070',
        'Via: SIP/2.0/SCTP t1.example.com;branch=z9hG4bKsctp, SIP/2.0/TLS t2.example.com;branch=z9hG4bKtls',
        'Via: SIP/2.0/UNKNOWN t3.example.com;branch=z9hG4bKunknown',
        'From: <sip:[2001:db8::9:1]>;tag=ipv6',
        'To: <sip:[2001:db8::10]:5070>',
        'Call-ID: ipv6-call',
        'CSeq: 1 OPTIONS',
        'Contact: "Caller" <sip:caller@[2001:db8::9:1];transport=udp>',
      ]),
    );
    expect(core.vias.map((via) => via.transport)).toEqual(['UDP', 'SCTP', 'TLS', 'UNKNOWN']);
    expect(message.kind === 'request' && parseSipUri(message.uri)).toMatchObject({
      ok: true,
      value: { host: '[2001:db8::10]', port: 5070 },
    });
  });

  it('a multipart body with binary parts is kept byte for byte', () => {
    const body = Buffer.concat([
      Buffer.from(
        '--boundary42\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n--boundary42\r\nContent-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.from([0x00, 0xff, 0x0d, 0x0a, 0x0d, 0x0a, 0x80]),
      Buffer.from('\r\n--boundary42--\r\n'),
    ]);
    const head = Buffer.from(
      `${[line, ...requestHeaders('INVITE', ['Content-Type: multipart/mixed;boundary=boundary42', `Content-Length: ${body.length}`])].join('\r\n')}\r\n\r\n`,
    );
    const { message } = accepts(Buffer.concat([head, body]));
    expect(Buffer.from(message.body).equals(body)).toBe(true);
  });

  it('unusual and empty reason phrases, Max-Forwards 0, REGISTER with a wildcard Contact', () => {
    accepts(sipBytes(['SIP/2.0 200 = 2**3 * 5**2 но сто девяносто девять - простое', ...requestHeaders('INVITE')]));
    accepts(sipBytes(['SIP/2.0 100 ', ...requestHeaders('INVITE')]));
    expect(
      accepts(
        sipBytes([
          line,
          ...requestHeaders('INVITE').slice(0, 1),
          'Max-Forwards: 0',
          ...requestHeaders('INVITE').slice(2),
        ]),
      ).core.maxForwards,
    ).toBe(0);
    const register = accepts(
      sipBytes(['REGISTER sip:plenum.example SIP/2.0', ...requestHeaders('REGISTER', ['Contact: *', 'Expires: 0'])]),
    );
    expect(getContacts(register.message)).toEqual({ ok: true, value: { kind: 'wildcard' } });
  });

  it('no whitespace between display name and <, and an empty display name', () => {
    const { core } = accepts(
      sipBytes([
        line,
        ...requestHeaders('INVITE').map((text) =>
          text.startsWith('From')
            ? 'From: caller<sip:caller@example.org>;tag=1'
            : text.startsWith('To')
              ? 'To: ""<sip:conference@plenum.example>'
              : text,
        ),
      ]),
    );
    expect(core.from.displayName).toBe('caller');
    expect(core.to.displayName).toBe('');
  });

  it('an unknown method with a matching CSeq', () => {
    expect(
      accepts(sipBytes(['NOTAMETHOD sip:conference@plenum.example SIP/2.0', ...requestHeaders('NOTAMETHOD')])).message,
    ).toMatchObject({
      method: 'NOTAMETHOD',
    });
  });
});

describe('invalid messages (RFC 4475 §3.1.2 and §3.3 categories)', () => {
  const headers = requestHeaders('INVITE');
  const replace = (prefix: string, replacement: string) =>
    headers.map((text) => (text.startsWith(prefix) ? replacement : text));

  it('extraneous separators in header parameters', () => {
    refuses(
      sipBytes([line, ...replace('Via', 'Via: SIP/2.0/UDP 192.0.2.10;;branch=z9hG4bK1')]),
      'invalidHeader',
      'drop',
    );
    refuses(sipBytes([line, ...replace('To', 'To: <sip:conference@plenum.example>;;tag=1')]), 'invalidHeader', 400);
  });

  it('Content-Length larger than the message, and negative', () => {
    refuses(sipBytes([line, ...headers, 'Content-Length: 9999'], 'v=0\r\n'), 'contentLengthExceedsBody', 400);
    refuses(sipBytes([line, ...headers, 'Content-Length: -999'], 'v=0\r\n'), 'invalidContentLength', 400);
  });

  it('scalar fields with overlarge values: CSeq beyond 2^32, Max-Forwards beyond 255', () => {
    refuses(sipBytes([line, ...replace('CSeq', 'CSeq: 36893488147419103232 INVITE')]), 'invalidHeader', 400);
    refuses(sipBytes([line, ...replace('Max-Forwards', 'Max-Forwards: 300')]), 'invalidHeader', 400);
    refuses(
      sipBytes(['SIP/2.0 503 Service Unavailable', ...replace('CSeq', 'CSeq: 36893488147419103232 INVITE')]),
      'invalidHeader',
      'drop',
    );
  });

  it('an unterminated quoted display name, a name-addr without <>, spaces in an addr-spec, non-token display names', () => {
    refuses(
      sipBytes([line, ...replace('From', 'From: "Bell, Alexander <sip:a.g.bell@example.org>;tag=43')]),
      'invalidHeader',
      400,
    );
    refuses(sipBytes([line, ...replace('To', 'To: "Mr. J. User" sip:j.user@example.com')]), 'invalidHeader', 400);
    refuses(sipBytes([line, ...replace('To', 'To: sip:conference @plenum.example')]), 'invalidHeader', 400);
    refuses(
      sipBytes([line, ...replace('From', 'From: Bell, Alexander <sip:a.g.bell@example.org>;tag=43')]),
      'invalidHeader',
      400,
    );
  });

  it('Request-URI in angle brackets, with embedded whitespace, with escaped headers', () => {
    refuses(sipBytes(['INVITE <sip:conference@plenum.example> SIP/2.0', ...headers]), 'invalidRequestUri', 400);
    refuses(sipBytes(['INVITE sip:conference@plenum.example; lr SIP/2.0', ...headers]), 'invalidStartLine', 400);
    refuses(
      sipBytes(['INVITE sip:conference@plenum.example?Route=%3Csip:example.com%3E SIP/2.0', ...headers]),
      'invalidRequestUri',
      400,
    );
  });

  it('several spaces between request line elements, and a space at its end', () => {
    refuses(sipBytes(['INVITE sip:conference@plenum.example  SIP/2.0', ...headers]), 'invalidStartLine', 400);
    refuses(sipBytes(['INVITE sip:conference@plenum.example SIP/2.0 ', ...headers]), 'invalidStartLine', 400);
  });

  it('an unknown protocol version is answered with 505', () => {
    refuses(sipBytes(['INVITE sip:conference@plenum.example SIP/7.0', ...headers]), 'unsupportedVersion', 505);
  });

  it('a CSeq method that differs from the start line, also for unknown methods', () => {
    refuses(sipBytes(['OPTIONS sip:conference@plenum.example SIP/2.0', ...headers]), 'cseqMethodMismatch', 400);
    refuses(sipBytes(['NEWMETHOD sip:conference@plenum.example SIP/2.0', ...headers]), 'cseqMethodMismatch', 400);
  });

  it('an overlarge response code is dropped', () => {
    refuses(sipBytes(['SIP/2.0 4294967301 better not break the receiver', ...headers]), 'invalidStartLine', 'drop');
  });

  it('missing required headers: answered when the answer can be routed, dropped when not', () => {
    refuses(sipBytes([line, ...headers.filter((text) => !text.startsWith('Call-ID'))]), 'missingHeader', 'drop');
    refuses(sipBytes([line, ...headers.filter((text) => !text.startsWith('Via'))]), 'missingHeader', 'drop');
  });

  it('two values where one is required: two Call-IDs, two To fields, two Content-Lengths', () => {
    refuses(sipBytes([line, ...headers, 'i: another-call-id']), 'duplicateHeader', 400);
    refuses(sipBytes([line, ...headers, 'To: <sip:other@plenum.example>']), 'duplicateHeader', 400);
    refuses(sipBytes([line, ...headers, 'Content-Length: 0', 'Content-Length: 0']), 'invalidContentLength', 400);
  });

  it('hostile bytes: NUL, a bare LF to inject a header, non-UTF-8, a header beyond 8 KiB, a datagram beyond 64 KiB', () => {
    refuses(sipBytes([line, ...headers, 'Subject: a\u0000b']), 'nulByte', 400);
    refuses(sipBytes([line, ...headers, 'Subject: a\nVia: SIP/2.0/UDP evil.example']), 'invalidLineBreak', 400);
    refuses(
      Buffer.concat([
        sipBytes([line, ...headers]).subarray(0, -4),
        Buffer.from('\r\nSubject: \xe9t\xe9\r\n\r\n', 'latin1'),
      ]),
      'invalidUtf8',
      400,
    );
    refuses(sipBytes([line, ...headers, `Subject: ${'a'.repeat(10_000)}`]), 'headerLineTooLong', 513);
    refuses(sipBytes([line, ...headers], 'x'.repeat(66_000)), 'messageTooLarge', 513);
  });

  it('a message with LF line ends only cannot be read and is dropped', () => {
    refuses(Buffer.from(`${[line, ...headers].join('\n')}\n\n`), 'missingHeaderEnd', 'drop');
  });
});
