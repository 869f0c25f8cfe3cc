import { isIPv4, isIPv6 } from 'node:net';
import { parseDigits } from './grammar.js';
import type { Scanner } from './Scanner.js';

export type HostKind = 'domain' | 'ipv4' | 'ipv6';

const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const topLabel = '[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const hostname = new RegExp(`^(?:${label}\\.)*${topLabel}\\.?$`);

/** host = hostname / IPv4address / IPv6reference (RFC 3261 §25.1); IPv6 must be in brackets. */
export function classifyHost(host: string): HostKind | undefined {
  if (host.startsWith('[') && host.endsWith(']')) return isIPv6(host.slice(1, -1)) ? 'ipv6' : undefined;
  if (isIPv4(host)) return 'ipv4';
  return host.length <= 255 && hostname.test(host) ? 'domain' : undefined;
}

/** The address to hand to a socket: an IPv6 reference without its brackets. */
export function hostAddress(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** How a socket address is written as a SIP host: IPv6 in brackets. */
export function hostFromAddress(address: string): string {
  return isIPv6(address) ? `[${address}]` : address;
}

/** Reads a host at the scanner: an IPv6 reference, or everything up to a port, parameter or list delimiter. */
export function scanHost(scanner: Scanner): string | undefined {
  const bracketed = scanner.bracketed();
  if (bracketed !== undefined) return classifyHost(bracketed) === undefined ? undefined : bracketed;
  const start = scanner.position;
  const text = scanner.text;
  while (scanner.position < text.length && !' \t:;?,>'.includes(text[scanner.position] ?? '')) scanner.position++;
  const host = text.slice(start, scanner.position);
  if (classifyHost(host) === undefined) {
    scanner.position = start;
    return undefined;
  }
  return host;
}

/** 1*DIGIT up to 65535. */
export function parsePort(text: string): number | undefined {
  const port = parseDigits(text, 65535);
  return typeof port === 'number' ? port : undefined;
}
