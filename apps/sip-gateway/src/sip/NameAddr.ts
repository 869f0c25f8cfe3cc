import { isToken, quote } from './grammar.js';
import { formatParams, type HeaderParam, parseHeaderParams } from './HeaderParams.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { Scanner } from './Scanner.js';
import { parseSipUri } from './SipUri.js';

/**
 * `"Display Name" <uri>;param=value` or `uri;param=value` (RFC 3261 §20.10, §20.20, §20.39): the shape of From, To,
 * Contact, Route and Record-Route values. When the URI is not in angle brackets, the parameters after it belong to
 * the header, not to the URI.
 */
export interface NameAddr {
  /** Unquoted and unescaped; undefined when there is none. */
  readonly displayName: string | undefined;
  /** The URI as written: sip:/sips: URIs are checked with `parseSipUri`, other schemes (tel:, urn:) only for form. */
  readonly uri: string;
  readonly params: readonly HeaderParam[];
}

const schemePattern = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

export function parseNameAddr(text: string): ParseResult<NameAddr, string> {
  const scanner = new Scanner(text);
  scanner.skipWhitespace();
  let displayName: string | undefined;
  let uri: string;
  if (scanner.peek() === '"') {
    displayName = scanner.quotedString();
    if (displayName === undefined) return fail('unterminated quoted display name');
    scanner.skipWhitespace();
    if (scanner.peek() !== '<') return fail('display name without a URI in angle brackets');
  }
  if (scanner.peek() !== '<' && text.includes('<')) {
    const words = scanner.until('<').trim();
    if (!words.split(/[ \t]+/).every(isToken)) return fail('display name has characters that need quoting');
    displayName = words.replace(/[ \t]+/g, ' ');
  }
  if (scanner.peek() === '<') {
    scanner.position++;
    uri = scanner.until('>').trim();
    if (scanner.peek() !== '>') return fail('URI without closing angle bracket');
    scanner.position++;
  } else {
    uri = scanner.until(' \t;');
    scanner.skipWhitespace();
    if (!scanner.atEnd() && scanner.peek() !== ';') return fail('spaces in a URI or a name without angle brackets');
    if (/[,?]/.test(uri)) return fail('URI with , or ? must be in angle brackets');
  }
  const uriError = checkUri(uri);
  if (uriError !== undefined) return fail(uriError);
  const params = parseHeaderParams(scanner);
  if (!params.ok) return params;
  scanner.skipWhitespace();
  if (!scanner.atEnd()) return fail('unexpected characters after the parameters');
  return ok({ displayName, uri, params: params.value });
}

function checkUri(uri: string): string | undefined {
  if (!schemePattern.test(uri)) return 'not a URI';
  if (!/^sips?:/i.test(uri)) return undefined;
  const parsed = parseSipUri(uri);
  return parsed.ok ? undefined : parsed.error;
}

export function formatNameAddr(nameAddr: NameAddr): string {
  const display = nameAddr.displayName === undefined ? '' : `${quote(nameAddr.displayName)} `;
  return `${display}<${nameAddr.uri}>${formatParams(nameAddr.params)}`;
}
