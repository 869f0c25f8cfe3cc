import { findParam, type HeaderParam } from './HeaderParams.js';
import { parsePort, scanHost } from './host.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { Scanner } from './Scanner.js';

/**
 * A sip: or sips: URI (RFC 3261 §19.1). User, password, parameter and header values stay as written (escaped), so
 * formatting gives back the same text; `unescapeUriPart` reads them.
 */
export interface SipUri {
  readonly scheme: 'sip' | 'sips';
  readonly user: string | undefined;
  readonly password: string | undefined;
  /** Domain name, IPv4 address, or IPv6 reference with its brackets. */
  readonly host: string;
  readonly port: number | undefined;
  readonly params: readonly HeaderParam[];
  readonly headers: readonly { readonly name: string; readonly value: string }[];
}

const unreserved = "A-Za-z0-9\\-_.!~*'()";
const escaped = '%[0-9A-Fa-f]{2}';
const userPattern = new RegExp(`^(?:[${unreserved}&=+$,;?/]|${escaped})+$`);
const passwordPattern = new RegExp(`^(?:[${unreserved}&=+$,]|${escaped})*$`);
const paramPattern = new RegExp(`^(?:[${unreserved}[\\]/:&+$]|${escaped})+$`);
const headerNamePattern = new RegExp(`^(?:[${unreserved}[\\]/?:+$]|${escaped})+$`);
const headerValuePattern = new RegExp(`^(?:[${unreserved}[\\]/?:+$]|${escaped})*$`);

export function parseSipUri(text: string): ParseResult<SipUri, string> {
  const schemeMatch = /^(sips?):/i.exec(text);
  if (schemeMatch === null) return fail('not a sip: or sips: URI');
  const scheme = schemeMatch[1]?.toLowerCase() === 'sips' ? 'sips' : 'sip';
  let rest = text.slice(schemeMatch[0].length);
  let user: string | undefined;
  let password: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const userinfo = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const colon = userinfo.indexOf(':');
    user = colon < 0 ? userinfo : userinfo.slice(0, colon);
    password = colon < 0 ? undefined : userinfo.slice(colon + 1);
    if (!userPattern.test(user)) return fail('invalid user part');
    if (password !== undefined && !passwordPattern.test(password)) return fail('invalid password');
  }
  const scanner = new Scanner(rest);
  const host = scanHost(scanner);
  if (host === undefined) return fail('invalid host');
  let port: number | undefined;
  if (scanner.peek() === ':') {
    scanner.position++;
    port = parsePort(scanner.until(';?'));
    if (port === undefined) return fail('invalid port');
  }
  const afterHost = scanner.rest();
  const question = afterHost.indexOf('?');
  const paramText = question < 0 ? afterHost : afterHost.slice(0, question);
  const headerText = question < 0 ? undefined : afterHost.slice(question + 1);
  if (paramText !== '' && !paramText.startsWith(';')) return fail('unexpected characters after the host');
  const params: HeaderParam[] = [];
  for (const part of paramText === '' ? [] : paramText.slice(1).split(';')) {
    const equals = part.indexOf('=');
    const name = equals < 0 ? part : part.slice(0, equals);
    const value = equals < 0 ? undefined : part.slice(equals + 1);
    if (!paramPattern.test(name) || (value !== undefined && !paramPattern.test(value))) {
      return fail('invalid URI parameter');
    }
    params.push({ name, value });
  }
  const headers: { name: string; value: string }[] = [];
  for (const part of headerText === undefined ? [] : headerText.split('&')) {
    const equals = part.indexOf('=');
    if (equals < 0) return fail('URI header without a value');
    const name = part.slice(0, equals);
    const value = part.slice(equals + 1);
    if (!headerNamePattern.test(name) || !headerValuePattern.test(value)) return fail('invalid URI header');
    headers.push({ name, value });
  }
  return ok({ scheme, user, password, host, port, params, headers });
}

export function formatSipUri(uri: SipUri): string {
  const userinfo = uri.user === undefined ? '' : `${uri.user}${uri.password === undefined ? '' : `:${uri.password}`}@`;
  const port = uri.port === undefined ? '' : `:${uri.port}`;
  const params = uri.params.map((param) => `;${param.name}${param.value === undefined ? '' : `=${param.value}`}`);
  const headers = uri.headers.map((header) => `${header.name}=${header.value}`).join('&');
  return `${uri.scheme}:${userinfo}${uri.host}${port}${params.join('')}${headers === '' ? '' : `?${headers}`}`;
}

/** A URI parameter, e.g. `transport` or `lr`; names compare case-insensitively. */
export function uriParam(uri: SipUri, name: string): HeaderParam | undefined {
  return findParam(uri.params, name);
}

/** Resolves %XX escapes (as UTF-8); undefined when an escape is broken or the bytes are not UTF-8. */
export function unescapeUriPart(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
