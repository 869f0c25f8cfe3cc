import { isUtf8 } from 'node:buffer';
import { isToken } from './grammar.js';
import { canonicalHeaderName } from './headerNames.js';
import type { ParseResult } from './ParseResult.js';
import type { SipLimits } from './SipLimits.js';
import type { SipHeader } from './SipMessage.js';
import type { SipParseError } from './SipParseError.js';
import { parseStartLine, type StartLine, type StartLineShape, startLineShape } from './StartLine.js';

/**
 * The start line and header fields of a message head (the bytes before the empty line). Reading goes on after the
 * first problem, within the limits, so that a request with a bad header can still be answered: `headers` holds every
 * field that could be read, `error` the first problem found.
 */
export interface HeadScan {
  readonly startLine: ParseResult<StartLine, SipParseError>;
  readonly shape: StartLineShape;
  readonly headers: readonly SipHeader[];
  readonly error: SipParseError | undefined;
}

const decoder = new TextDecoder('utf-8');

export function scanHead(head: Uint8Array, limits: SipLimits): HeadScan {
  let error = checkBytes(head);
  const note = (found: SipParseError): void => {
    error ??= found;
  };
  const lines = decoder.decode(head).split('\r\n');
  if (lines.some((line) => line.includes('\r') || line.includes('\n'))) note({ kind: 'invalidLineBreak' });
  const [first = '', ...rest] = lines;
  const startLine = parseStartLine(first);
  if (!startLine.ok) note(startLine.error);
  const headers: SipHeader[] = [];
  for (const field of unfold(rest, note)) {
    if (headers.length === limits.maxHeaderCount) {
      note({ kind: 'tooManyHeaders', limit: limits.maxHeaderCount });
      break;
    }
    if (field.length > limits.maxHeaderLineLength) {
      note({ kind: 'headerLineTooLong', limit: limits.maxHeaderLineLength });
      continue;
    }
    const colon = field.indexOf(':');
    const name = colon < 0 ? '' : trimWhitespace(field.slice(0, colon));
    if (colon < 0 || !isToken(name)) {
      note({ kind: 'invalidHeaderLine', reason: colon < 0 ? 'no colon' : 'header name is not a token' });
      continue;
    }
    headers.push({ name: canonicalHeaderName(name), value: trimWhitespace(field.slice(colon + 1)) });
  }
  return { startLine, shape: startLineShape(first), headers, error };
}

/** Joins continuation lines (starting with SP or HTAB) to their header field with a single space (RFC 3261 §7.3.1). */
function unfold(lines: readonly string[], note: (error: SipParseError) => void): string[] {
  const fields: string[][] = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      const last = fields.at(-1);
      if (last === undefined) note({ kind: 'invalidHeaderLine', reason: 'continuation line before the first header' });
      else last.push(trimWhitespace(line));
    } else fields.push([trimWhitespace(line)]);
  }
  return fields.map((parts) => parts.join(' '));
}

/** Strips SP and HTAB at both ends (String.prototype.trim would also strip other Unicode spaces). */
export function trimWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/** NUL and other control characters (all but HTAB, CR and LF) are not allowed anywhere in a head; nor is non-UTF-8. */
function checkBytes(head: Uint8Array): SipParseError | undefined {
  for (let index = 0; index < head.length; index++) {
    const byte = head[index] ?? 0;
    if (byte === 0) return { kind: 'nulByte' };
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) {
      return { kind: 'controlCharacter', code: byte };
    }
  }
  return isUtf8(head) ? undefined : { kind: 'invalidUtf8' };
}
