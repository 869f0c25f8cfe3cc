import { isIPv4, isIPv6 } from 'node:net';
import { isToken, parseDigits } from './grammar.js';
import { formatParams, type HeaderParam, paramValue, parseHeaderParams, withParam } from './HeaderParams.js';
import { isHeaderNamed } from './headerNames.js';
import { classifyHost, hostFromAddress, parsePort, scanHost } from './host.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { Scanner } from './Scanner.js';
import { headerFields, splitHeaderList } from './SipHeaders.js';
import type { SipHeader, SipMessage, SipRequest } from './SipMessage.js';
import type { SipParseError } from './SipParseError.js';

/** One via-parm (RFC 3261 §20.42): `SIP/2.0/UDP host:port;branch=…;received=…;rport=…`. */
export interface Via {
  readonly protocolName: string;
  readonly protocolVersion: string;
  /** Upper case: UDP, TCP, TLS, SCTP, WS, WSS, or any other token. */
  readonly transport: string;
  readonly host: string;
  readonly port: number | undefined;
  readonly params: readonly HeaderParam[];
  /** The transaction id; starts with the magic cookie z9hG4bK unless the sender follows RFC 2543. */
  readonly branch: string | undefined;
  readonly received: string | undefined;
  /** RFC 3581: `requested` when the parameter is there without a value (the sender asks for it to be filled in). */
  readonly rport: number | 'requested' | undefined;
}

export const branchMagicCookie = 'z9hG4bK';

export function parseVia(text: string): ParseResult<Via, string> {
  const scanner = new Scanner(text.trim());
  const protocolName = scanner.token();
  if (protocolName === undefined || !scanner.separator('/')) return fail('invalid sent-protocol');
  const protocolVersion = scanner.token();
  if (protocolVersion === undefined || !scanner.separator('/')) return fail('invalid sent-protocol');
  const transport = scanner.token();
  if (transport === undefined) return fail('invalid transport');
  if (!scanner.skipWhitespace()) return fail('no space before sent-by');
  const host = scanHost(scanner);
  if (host === undefined) return fail('invalid sent-by host');
  let port: number | undefined;
  if (scanner.separator(':')) {
    port = parsePort(scanner.until(' \t;'));
    if (port === undefined) return fail('invalid sent-by port');
  }
  const params = parseHeaderParams(scanner);
  if (!params.ok) return params;
  scanner.skipWhitespace();
  if (!scanner.atEnd()) return fail('unexpected characters after the parameters');
  return makeVia({ protocolName, protocolVersion, transport: transport.toUpperCase(), host, port }, params.value);
}

function makeVia(
  base: Pick<Via, 'protocolName' | 'protocolVersion' | 'transport' | 'host' | 'port'>,
  params: readonly HeaderParam[],
): ParseResult<Via, string> {
  const branch = paramValue(params, 'branch');
  if (branch !== undefined && !isToken(branch)) return fail('invalid branch');
  const received = paramValue(params, 'received');
  if (received !== undefined && !isIpAddress(received)) return fail('received is not an IP address');
  const ttl = paramValue(params, 'ttl');
  if (ttl !== undefined && typeof parseDigits(ttl, 255) !== 'number') return fail('invalid ttl');
  const maddr = paramValue(params, 'maddr');
  if (maddr !== undefined && classifyHost(maddr) === undefined) return fail('invalid maddr');
  const hasRport = params.some((param) => param.name.toLowerCase() === 'rport');
  const rportValue = paramValue(params, 'rport');
  const rport = rportValue === undefined ? undefined : parsePort(rportValue);
  if (rportValue !== undefined && rport === undefined) return fail('invalid rport');
  return ok({ ...base, params, branch, received, rport: hasRport ? (rport ?? 'requested') : undefined });
}

function isIpAddress(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return isIPv4(bare) || isIPv6(bare);
}

export function formatVia(via: Via): string {
  const port = via.port === undefined ? '' : `:${via.port}`;
  return `${via.protocolName}/${via.protocolVersion}/${via.transport} ${via.host}${port}${formatParams(via.params)}`;
}

/** Every via-parm of the message, topmost first. */
export function getVias(message: { readonly headers: readonly SipHeader[] }): ParseResult<Via[], SipParseError> {
  const vias: Via[] = [];
  for (const field of headerFields(message, 'Via')) {
    for (const element of splitHeaderList(field)) {
      const via = parseVia(element);
      if (!via.ok) return fail({ kind: 'invalidHeader', header: 'Via', reason: via.error });
      vias.push(via.value);
    }
  }
  if (vias.length === 0) return fail({ kind: 'missingHeader', header: 'Via' });
  return ok(vias);
}

/**
 * What a server transport does to the top Via of a received request (RFC 3261 §18.2.1, RFC 3581 §4): add
 * `received` when the packet came from another address than sent-by names (or when rport is asked for), and fill in
 * an empty `rport` with the source port. Other Vias and headers are unchanged.
 */
export function stampTopVia(
  request: SipRequest,
  source: { readonly address: string; readonly port: number },
): ParseResult<SipRequest, SipParseError> {
  const index = request.headers.findIndex((header) => isHeaderNamed(header.name, 'Via'));
  const field = request.headers[index];
  const [topText, ...others] = field === undefined ? [] : splitHeaderList(field.value);
  if (field === undefined || topText === undefined) return fail({ kind: 'missingHeader', header: 'Via' });
  const top = parseVia(topText);
  if (!top.ok) return fail({ kind: 'invalidHeader', header: 'Via', reason: top.error });
  const via = top.value;
  let params = via.params;
  const sourceHost = hostFromAddress(source.address);
  if (via.host !== sourceHost || via.rport !== undefined) params = withParam(params, 'received', sourceHost);
  if (via.rport !== undefined) params = withParam(params, 'rport', String(source.port));
  const value = [formatVia({ ...via, params }), ...others].join(', ');
  const headers = request.headers.map((header, at) => (at === index ? { name: 'Via', value } : header));
  return ok({ ...request, headers });
}

/** The top Via's branch: with the method, it names the transaction (RFC 3261 §17.2.3). */
export function topViaOf(message: SipMessage): ParseResult<Via, SipParseError> {
  const vias = getVias(message);
  if (!vias.ok) return vias;
  const [top] = vias.value;
  return top === undefined ? fail({ kind: 'missingHeader', header: 'Via' }) : ok(top);
}
