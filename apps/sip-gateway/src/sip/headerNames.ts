/** Header field names: canonical spelling, compact forms (RFC 3261 §7.3.3 and later RFCs), and their kinds. */

const canonicalNames = [
  'Accept',
  'Accept-Contact',
  'Accept-Encoding',
  'Accept-Language',
  'Alert-Info',
  'Allow',
  'Allow-Events',
  'Authentication-Info',
  'Authorization',
  'Call-ID',
  'Call-Info',
  'Contact',
  'Content-Disposition',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Type',
  'CSeq',
  'Date',
  'Error-Info',
  'Event',
  'Expires',
  'From',
  'Identity',
  'In-Reply-To',
  'Max-Forwards',
  'MIME-Version',
  'Min-Expires',
  'Min-SE',
  'Organization',
  'P-Asserted-Identity',
  'P-Preferred-Identity',
  'Path',
  'Priority',
  'Privacy',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'Proxy-Require',
  'RAck',
  'Reason',
  'Record-Route',
  'Refer-To',
  'Referred-By',
  'Reject-Contact',
  'Reply-To',
  'Request-Disposition',
  'Require',
  'Retry-After',
  'Route',
  'RSeq',
  'Server',
  'Service-Route',
  'Session-Expires',
  'Subject',
  'Subscription-State',
  'Supported',
  'Timestamp',
  'To',
  'Unsupported',
  'User-Agent',
  'Via',
  'Warning',
  'WWW-Authenticate',
] as const;

const compactForms: Readonly<Record<string, string>> = {
  a: 'Accept-Contact',
  b: 'Referred-By',
  c: 'Content-Type',
  d: 'Request-Disposition',
  e: 'Content-Encoding',
  f: 'From',
  i: 'Call-ID',
  j: 'Reject-Contact',
  k: 'Supported',
  l: 'Content-Length',
  m: 'Contact',
  o: 'Event',
  r: 'Refer-To',
  s: 'Subject',
  t: 'To',
  u: 'Allow-Events',
  v: 'Via',
  x: 'Session-Expires',
  y: 'Identity',
};

const byLowerCase = new Map<string, string>([
  ...canonicalNames.map((name): [string, string] => [name.toLowerCase(), name]),
  ...Object.entries(compactForms),
]);

/** The canonical spelling of a known header name or compact form; unknown names are returned as written. */
export function canonicalHeaderName(name: string): string {
  return byLowerCase.get(name.toLowerCase()) ?? name;
}

/** Whether a stored header name (canonical, or as a caller wrote it) names the header `canonical`. */
export function isHeaderNamed(name: string, canonical: string): boolean {
  if (name === canonical) return true;
  if (name.length === 1) return compactForms[name.toLowerCase()] === canonical;
  return name.length === canonical.length && name.toLowerCase() === canonical.toLowerCase();
}

/**
 * Headers whose grammar is a comma-separated list (`#element`), so that several values may share one header field.
 * WWW-Authenticate and friends are not here: their parameters are separated by commas too.
 */
const listHeaders = new Set([
  'Accept',
  'Accept-Contact',
  'Accept-Encoding',
  'Accept-Language',
  'Alert-Info',
  'Allow',
  'Allow-Events',
  'Call-Info',
  'Contact',
  'Content-Encoding',
  'Content-Language',
  'Error-Info',
  'In-Reply-To',
  'P-Asserted-Identity',
  'P-Preferred-Identity',
  'Path',
  'Privacy',
  'Proxy-Require',
  'Reason',
  'Record-Route',
  'Reject-Contact',
  'Require',
  'Route',
  'Service-Route',
  'Supported',
  'Unsupported',
  'Via',
  'Warning',
]);

export function isListHeader(canonicalName: string): boolean {
  return listHeaders.has(canonicalName);
}

/**
 * Headers that may appear at most once in a message; a second one makes the message invalid. (Content-Length too, but
 * that is checked where the body is cut, as `invalidContentLength`.)
 */
export const singleValueHeaders = [
  'Call-ID',
  'CSeq',
  'From',
  'To',
  'Max-Forwards',
  'Content-Type',
  'Expires',
  'Session-Expires',
  'Min-SE',
] as const;
