import { canonicalHeaderName } from './headerNames.js';
import { type SipMessage, sipVersion } from './SipMessage.js';

/**
 * The bytes of a message: CRLF line ends, canonical header names, and a Content-Length that always matches the body
 * (it replaces the first Content-Length in place, or is appended, and any other Content-Length is dropped). Line
 * breaks and other control characters inside a value become spaces, so a value can never start a header of its own.
 */
export function serializeSipMessage(message: SipMessage): Buffer {
  const startLine =
    message.kind === 'request'
      ? `${message.method} ${message.uri} ${sipVersion}`
      : `${sipVersion} ${message.status} ${message.reason}`;
  const lines = [clean(startLine)];
  const contentLength = `Content-Length: ${message.body.byteLength}`;
  let lengthWritten = false;
  for (const header of message.headers) {
    const name = canonicalHeaderName(header.name);
    if (name === 'Content-Length') {
      if (!lengthWritten) lines.push(contentLength);
      lengthWritten = true;
    } else lines.push(`${clean(name)}: ${clean(header.value)}`);
  }
  if (!lengthWritten) lines.push(contentLength);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), message.body]);
}

function clean(text: string): string {
  return text.replace(/[^\t\x20-\x7e\x80-\uffff]+/g, ' ');
}
