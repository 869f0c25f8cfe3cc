import { randomBytes } from 'node:crypto';
import { parseFromTo } from './FromTo.js';
import { reasonPhrase } from './reasonPhrases.js';
import { headerFields, headerValue } from './SipHeaders.js';
import type { SipHeader, SipRequest, SipResponse } from './SipMessage.js';

export interface ResponseOptions {
  /** Defaults to the phrase of RFC 3261 §21. */
  readonly reason?: string;
  /** The UAS's tag, added to To when the request's To has none (every response but 100). Random when not given. */
  readonly toTag?: string;
  /** Appended after the copied headers (Contact, Allow, Content-Type, …); Content-Length is always computed. */
  readonly headers?: readonly SipHeader[];
  readonly body?: Uint8Array;
}

/** Methods whose 101–299 responses create a dialog, and so carry the request's Record-Route (RFC 3261 §12.1.1). */
const dialogCreating = new Set(['INVITE', 'SUBSCRIBE']);

/**
 * A response to `request` (RFC 3261 §8.2.6): the same Via fields in the same order, From, Call-ID and CSeq copied,
 * To copied with a tag added unless it has one or the status is 100, Timestamp echoed in a 100 (§8.2.6.1), and
 * Record-Route copied into responses that create a dialog.
 */
export function buildResponse(
  request: Pick<SipRequest, 'method' | 'headers'>,
  status: number,
  options: ResponseOptions = {},
): SipResponse {
  const headers: SipHeader[] = headerFields(request, 'Via').map((value) => ({ name: 'Via', value }));
  if (dialogCreating.has(request.method) && status > 100 && status < 300) {
    for (const value of headerFields(request, 'Record-Route')) headers.push({ name: 'Record-Route', value });
  }
  const copy = (name: string, value: string | undefined): void => {
    if (value !== undefined) headers.push({ name, value });
  };
  copy('From', headerValue(request, 'From'));
  copy('To', toWithTag(headerValue(request, 'To'), status, options.toTag));
  copy('Call-ID', headerValue(request, 'Call-ID'));
  copy('CSeq', headerValue(request, 'CSeq'));
  if (status === 100) copy('Timestamp', headerValue(request, 'Timestamp'));
  headers.push(...(options.headers ?? []));
  return {
    kind: 'response',
    status,
    reason: options.reason ?? reasonPhrase(status),
    headers,
    body: options.body ?? new Uint8Array(),
  };
}

function toWithTag(to: string | undefined, status: number, tag: string | undefined): string | undefined {
  if (to === undefined || status === 100) return to;
  const parsed = parseFromTo(to);
  if (!parsed.ok || parsed.value.tag !== undefined) return to;
  return `${to};tag=${tag ?? newTag()}`;
}

/** A random tag for From or To (RFC 3261 §19.3 asks for at least 32 bits of randomness). */
export function newTag(): string {
  return randomBytes(6).toString('hex');
}
