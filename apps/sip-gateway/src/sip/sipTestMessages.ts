import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test helpers: messages written as lines, and the captured fixtures. */

/** Joins lines with CRLF; the head ends with an empty line, then the body follows as given. */
export function sipBytes(head: readonly string[], body = ''): Buffer {
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}

/** The mandatory headers of a request from 192.0.2.10, to put after a request line. */
export function requestHeaders(method: string, extra: readonly string[] = []): string[] {
  return [
    'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
    'Max-Forwards: 70',
    'To: Gateway <sip:gateway@plenum.example>',
    'From: "Alice" <sip:alice@example.org>;tag=1928301774',
    'Call-ID: a84b4c76e66710@pc33.example.org',
    `CSeq: 314159 ${method}`,
    ...extra,
  ];
}

export function fixture(name: string): Buffer {
  return readFileSync(join(import.meta.dirname, 'fixtures', name));
}
