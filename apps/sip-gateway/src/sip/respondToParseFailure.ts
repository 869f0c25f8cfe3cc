import { buildResponse } from './buildResponse.js';
import { parseCSeq } from './CSeq.js';
import type { PartialSipMessage } from './parseSipMessage.js';
import { headerFields, headerValue, splitHeaderList } from './SipHeaders.js';
import type { SipResponse } from './SipMessage.js';
import { responseStatusFor, type SipParseError } from './SipParseError.js';
import { parseVia } from './Via.js';

export type ParseFailureAction =
  | { readonly action: 'respond'; readonly response: SipResponse }
  | { readonly action: 'drop'; readonly reason: string };

/**
 * What a UAS does with a message that failed to parse. A request that was read far enough to route an answer (a
 * readable top Via, and From, To, Call-ID and CSeq) gets 400, 413, 505 or 513 (`responseStatusFor`). Everything else is
 * dropped without a word: responses (RFC 3261 §18.1.2), ACKs (which are never answered), keepalives, and requests whose
 * sender cannot be told apart.
 */
export function respondToParseFailure(
  failure: { readonly error: SipParseError; readonly partial: PartialSipMessage | undefined },
  options: { readonly toTag?: string } = {},
): ParseFailureAction {
  const { error, partial } = failure;
  if (error.kind === 'empty') return drop('empty message or keepalive');
  if (partial === undefined) return drop('nothing readable');
  if (partial.kind === 'response') return drop('a malformed response is discarded');
  const cseq = headerValue(partial, 'CSeq');
  const cseqMethod = cseq === undefined ? undefined : parseCSeq(cseq);
  if (partial.method === 'ACK' || (cseqMethod?.ok === true && cseqMethod.value.method === 'ACK')) {
    return drop('an ACK is never answered');
  }
  const [topVia] = headerFields(partial, 'Via').flatMap(splitHeaderList);
  if (topVia === undefined || !parseVia(topVia).ok) return drop('no readable Via to send an answer to');
  const missing = ['From', 'To', 'Call-ID', 'CSeq'].find((name) => headerValue(partial, name) === undefined);
  if (missing !== undefined) return drop(`no ${missing} to copy into an answer`);
  const { status, reason } = responseStatusFor(error);
  const response = buildResponse(
    { method: partial.method ?? '', headers: partial.headers },
    status,
    options.toTag === undefined ? { reason } : { reason, toTag: options.toTag },
  );
  return { action: 'respond', response };
}

function drop(reason: string): ParseFailureAction {
  return { action: 'drop', reason };
}
