import { describe, expect, it } from 'vitest';
import { parseSipMessage } from './parseSipMessage.js';
import type { SipRequest } from './SipMessage.js';
import { serializeSipMessage } from './serializeSipMessage.js';

const request = (headers: SipRequest['headers'], body = ''): SipRequest => ({
  kind: 'request',
  method: 'MESSAGE',
  uri: 'sip:bob@example.org',
  headers,
  body: Buffer.from(body),
});

describe('serializeSipMessage', () => {
  it('writes CRLF lines, canonical names, and appends the Content-Length of the body', () => {
    const bytes = serializeSipMessage(
      request(
        [
          { name: 'v', value: 'SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1' },
          { name: 'call-id', value: 'abc' },
          { name: 'X-Custom', value: 'kept as written' },
        ],
        'hällo',
      ),
    );
    expect(bytes.toString()).toBe(
      'MESSAGE sip:bob@example.org SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\nCall-ID: abc\r\n' +
        'X-Custom: kept as written\r\nContent-Length: 6\r\n\r\nhällo',
    );
  });

  it('corrects a wrong Content-Length in place and drops extra ones', () => {
    const bytes = serializeSipMessage(
      request(
        [
          { name: 'Call-ID', value: 'abc' },
          { name: 'l', value: '999' },
          { name: 'Subject', value: 'x' },
          { name: 'Content-Length', value: '5' },
        ],
        'body',
      ),
    );
    expect(bytes.toString()).toBe(
      'MESSAGE sip:bob@example.org SIP/2.0\r\nCall-ID: abc\r\nContent-Length: 4\r\nSubject: x\r\n\r\nbody',
    );
  });

  it('writes a status line', () => {
    const bytes = serializeSipMessage({
      kind: 'response',
      status: 486,
      reason: 'Busy Here',
      headers: [],
      body: new Uint8Array(),
    });
    expect(bytes.toString()).toBe('SIP/2.0 486 Busy Here\r\nContent-Length: 0\r\n\r\n');
  });

  it('turns line breaks and control characters inside values into spaces, so no header can be injected', () => {
    const bytes = serializeSipMessage(
      request([{ name: 'Subject', value: 'hi\r\nVia: SIP/2.0/UDP evil.example\u0000' }]),
    );
    expect(bytes.toString()).toBe(
      'MESSAGE sip:bob@example.org SIP/2.0\r\nSubject: hi Via: SIP/2.0/UDP evil.example \r\nContent-Length: 0\r\n\r\n',
    );
    const reparsed = parseSipMessage(bytes);
    expect(!reparsed.ok && reparsed.partial?.headers.map((header) => header.name)).toEqual([
      'Subject',
      'Content-Length',
    ]);
  });

  it('keeps a body with binary bytes exactly', () => {
    const body = Buffer.from([0, 1, 2, 0xff, 0x0d, 0x0a]);
    const bytes = serializeSipMessage({ ...request([]), body });
    expect(bytes.subarray(bytes.length - body.length).equals(body)).toBe(true);
    expect(bytes.toString('latin1')).toContain('Content-Length: 6\r\n');
  });
});
