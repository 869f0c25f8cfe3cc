import { getContentLength } from './ContentLength.js';
import { type CoreHeaders, readCoreHeaders } from './coreHeaders.js';
import { resolveSipLimits, type SipLimits } from './SipLimits.js';
import type { SipHeader, SipMessage } from './SipMessage.js';
import type { SipParseError } from './SipParseError.js';
import { type HeadScan, scanHead } from './scanHead.js';

export type SipTransportKind = 'datagram' | 'stream';

export interface SipParseOptions {
  /** `stream` (TCP, TLS) requires Content-Length (RFC 3261 §18.3); `datagram` (UDP, the default) does not. */
  readonly transport?: SipTransportKind;
  readonly limits?: Partial<SipLimits>;
}

/** What could be read of a message that failed: enough, perhaps, to answer it (`respondToParseFailure`). */
export interface PartialSipMessage {
  readonly kind: 'request' | 'response';
  /** The request method when the start line began with a token. */
  readonly method: string | undefined;
  readonly headers: readonly SipHeader[];
}

export type SipParseResult =
  | { readonly ok: true; readonly message: SipMessage; readonly core: CoreHeaders }
  | { readonly ok: false; readonly error: SipParseError; readonly partial: PartialSipMessage | undefined };

export const headEnd = Buffer.from('\r\n\r\n');

export function partialOf(scan: HeadScan): PartialSipMessage {
  const { shape, headers } = scan;
  return { kind: shape.kind, method: shape.kind === 'request' ? shape.method : undefined, headers };
}

/**
 * Parses one SIP message: a UDP datagram, or one frame that `SipStreamFramer` cut from a TCP stream. Leading CRLFs are
 * skipped (RFC 3261 §7.5). On UDP, bytes after Content-Length are discarded (§18.3); fewer bytes than it announces are
 * an error. Never throws; work and memory are bounded by the limits.
 */
export function parseSipMessage(input: Uint8Array, options: SipParseOptions = {}): SipParseResult {
  const limits = resolveSipLimits(options.limits);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let start = 0;
  while (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
  if (start >= bytes.length) return { ok: false, error: { kind: 'empty' }, partial: undefined };
  const tooLarge = bytes.length - start > limits.maxMessageBytes;
  const view = bytes.subarray(start, start + limits.maxMessageBytes);
  const end = view.indexOf(headEnd);
  const head = end >= 0 ? view.subarray(0, end) : view.subarray(0, Math.max(0, view.lastIndexOf('\r\n')));
  const scan = scanHead(head, limits);
  const partial = partialOf(scan);
  const failure = (error: SipParseError): SipParseResult => ({ ok: false, error, partial });
  if (tooLarge) return failure({ kind: 'messageTooLarge', limit: limits.maxMessageBytes });
  if (end < 0) return failure({ kind: 'missingHeaderEnd' });
  if (scan.error !== undefined) return failure(scan.error);
  if (!scan.startLine.ok) return failure(scan.startLine.error);
  const available = view.subarray(end + headEnd.length);
  const declared = getContentLength(scan);
  if (!declared.ok) return failure(declared.error);
  if (declared.value === undefined && options.transport === 'stream') return failure({ kind: 'missingContentLength' });
  const length = declared.value ?? available.length;
  if (length > available.length) {
    return failure({ kind: 'contentLengthExceedsBody', declared: length, actual: available.length });
  }
  if (length > limits.maxBodyBytes) return failure({ kind: 'bodyTooLarge', limit: limits.maxBodyBytes, length });
  const startLine = scan.startLine.value;
  const core = readCoreHeaders(scan, startLine.kind === 'request' ? startLine.method : undefined);
  if (!core.ok) return failure(core.error);
  const body = new Uint8Array(available.subarray(0, length));
  const headers = scan.headers;
  const message: SipMessage =
    startLine.kind === 'request'
      ? { kind: 'request', method: startLine.method, uri: startLine.uri, headers, body }
      : { kind: 'response', status: startLine.status, reason: startLine.reason, headers, body };
  return { ok: true, message, core: core.value };
}
