import { isToken } from './grammar.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import type { SipParseError } from './SipParseError.js';
import { parseSipUri } from './SipUri.js';

/** Request-Line or Status-Line (RFC 3261 §7.1, §7.2). */
export type StartLine =
  | { readonly kind: 'request'; readonly method: string; readonly uri: string }
  | { readonly kind: 'response'; readonly status: number; readonly reason: string };

/** What is known about a start line even when it is invalid: whether it looks like a request, and its method. */
export type StartLineShape =
  | { readonly kind: 'request'; readonly method: string | undefined }
  | { readonly kind: 'response' };

const versionPattern = /^SIP\/[0-9]+\.[0-9]+$/i;
const supportedVersion = /^SIP\/2\.0$/i;
const uriPattern = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]+$/;

export function parseStartLine(line: string): ParseResult<StartLine, SipParseError> {
  return /^SIP\//i.test(line) ? parseStatusLine(line) : parseRequestLine(line);
}

export function startLineShape(line: string): StartLineShape {
  if (/^SIP\//i.test(line)) return { kind: 'response' };
  const method = line.split(' ', 1)[0] ?? '';
  return { kind: 'request', method: isToken(method) ? method : undefined };
}

function parseRequestLine(line: string): ParseResult<StartLine, SipParseError> {
  const parts = line.split(' ');
  if (parts.length !== 3 || parts.some((part) => part === '')) {
    return invalid('expected "Method Request-URI SIP/2.0" separated by single spaces');
  }
  const [method = '', uri = '', version = ''] = parts;
  if (!isToken(method)) return invalid('method is not a token');
  if (!versionPattern.test(version)) return invalid('no SIP version at the end');
  if (!supportedVersion.test(version)) return fail({ kind: 'unsupportedVersion', version: version.slice(0, 16) });
  if (!uriPattern.test(uri)) return fail({ kind: 'invalidRequestUri', reason: 'not an absolute URI' });
  if (/^sips?:/i.test(uri)) {
    const parsed = parseSipUri(uri);
    if (!parsed.ok) return fail({ kind: 'invalidRequestUri', reason: parsed.error });
    if (parsed.value.headers.length > 0) {
      return fail({ kind: 'invalidRequestUri', reason: 'URI headers are not allowed in a Request-URI' });
    }
  }
  return ok({ kind: 'request', method, uri });
}

function parseStatusLine(line: string): ParseResult<StartLine, SipParseError> {
  const match = /^(\S+) ([0-9]{3})(?: (.*))?$/.exec(line);
  if (match === null) return invalid('expected "SIP/2.0 Status-Code Reason-Phrase"');
  const [, version = '', code = '', reason = ''] = match;
  if (!versionPattern.test(version)) return invalid('invalid SIP version');
  if (!supportedVersion.test(version)) return fail({ kind: 'unsupportedVersion', version: version.slice(0, 16) });
  const status = Number(code);
  if (status < 100 || status > 699) return invalid('status code outside 100-699');
  return ok({ kind: 'response', status, reason });
}

function invalid(reason: string): ParseResult<never, SipParseError> {
  return fail({ kind: 'invalidStartLine', reason });
}
