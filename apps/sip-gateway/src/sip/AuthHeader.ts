import { isToken, quote } from './grammar.js';
import { findParam, type HeaderParam } from './HeaderParams.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import type { HasHeaders } from './readHeader.js';
import { Scanner } from './Scanner.js';
import { headerFields } from './SipHeaders.js';
import type { SipParseError } from './SipParseError.js';

/**
 * A challenge (WWW-Authenticate, Proxy-Authenticate) or credentials (Authorization, Proxy-Authorization):
 * `Scheme name=value, name="quoted value", …` (RFC 3261 §20.7, §25.1; RFC 7616 §3.3). Parameter values are unquoted.
 */
export interface AuthHeader {
  readonly scheme: string;
  readonly params: readonly HeaderParam[];
}

export type ChallengeHeaderName = 'WWW-Authenticate' | 'Proxy-Authenticate';
export type CredentialsHeaderName = 'Authorization' | 'Proxy-Authorization';

export function parseAuthHeader(text: string): ParseResult<AuthHeader, string> {
  const scanner = new Scanner(text.trim());
  const scheme = scanner.token();
  if (scheme === undefined) return fail('no scheme');
  const params: HeaderParam[] = [];
  if (scanner.atEnd()) return ok({ scheme, params });
  if (!scanner.skipWhitespace()) return fail('no space after the scheme');
  do {
    const name = scanner.token();
    if (name === undefined || !scanner.separator('=')) return fail('expected name=value');
    const value = scanner.peek() === '"' ? scanner.quotedString() : scanner.token();
    if (value === undefined) return fail('parameter without a valid value');
    if (findParam(params, name) !== undefined) return fail('parameter given twice');
    params.push({ name, value });
  } while (scanner.separator(','));
  scanner.skipWhitespace();
  if (!scanner.atEnd()) return fail('unexpected characters after the parameters');
  return ok({ scheme, params });
}

/** Every challenge of the message in order (one per header field). */
export function getChallenges(
  message: HasHeaders,
  name: ChallengeHeaderName,
): ParseResult<AuthHeader[], SipParseError> {
  return readAll(message, name);
}

export function getCredentials(
  message: HasHeaders,
  name: CredentialsHeaderName,
): ParseResult<AuthHeader[], SipParseError> {
  return readAll(message, name);
}

function readAll(message: HasHeaders, name: string): ParseResult<AuthHeader[], SipParseError> {
  const headers: AuthHeader[] = [];
  for (const field of headerFields(message, name)) {
    const parsed = parseAuthHeader(field);
    if (!parsed.ok) return fail({ kind: 'invalidHeader', header: name, reason: parsed.error });
    headers.push(parsed.value);
  }
  return ok(headers);
}

/** The header that answers a challenge: Authorization for a 401's WWW-Authenticate, else Proxy-Authorization. */
export function credentialsHeaderFor(challenge: ChallengeHeaderName): CredentialsHeaderName {
  return challenge === 'WWW-Authenticate' ? 'Authorization' : 'Proxy-Authorization';
}

/** Writes credentials; `unquoted` names the parameters written as tokens (RFC 7616 §3.4: algorithm, qop, nc). */
export function formatAuthHeader(header: AuthHeader, unquoted: readonly string[]): string {
  const params = header.params.map((param) => {
    const value = param.value ?? '';
    const bare = unquoted.includes(param.name.toLowerCase()) && isToken(value);
    return `${param.name}=${bare ? value : quote(value)}`;
  });
  return `${header.scheme} ${params.join(', ')}`;
}
