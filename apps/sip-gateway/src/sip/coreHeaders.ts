import { getCallId } from './CallId.js';
import { type ContentType, getContentType } from './ContentType.js';
import { type CSeq, getCSeq } from './CSeq.js';
import { getMaxForwards } from './deltaSeconds.js';
import { type FromTo, getFrom, getTo } from './FromTo.js';
import { singleValueHeaders } from './headerNames.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import type { HasHeaders } from './readHeader.js';
import { headerFields } from './SipHeaders.js';
import type { SipParseError } from './SipParseError.js';
import { getVias, type Via } from './Via.js';

/**
 * The headers every request and response must carry (RFC 3261 §8.1.1, §8.2.6) and that transactions and dialogs are
 * built on, read once when the message is parsed.
 */
export interface CoreHeaders {
  /** Topmost first; never empty. */
  readonly vias: readonly Via[];
  readonly from: FromTo;
  readonly to: FromTo;
  readonly callId: string;
  readonly cseq: CSeq;
  readonly maxForwards: number | undefined;
  readonly contentType: ContentType | undefined;
}

/** `method` is the request method, or undefined for a response (whose CSeq method is not compared). */
export function readCoreHeaders(
  message: HasHeaders,
  method: string | undefined,
): ParseResult<CoreHeaders, SipParseError> {
  const vias = getVias(message);
  if (!vias.ok) return vias;
  const from = getFrom(message);
  if (!from.ok) return from;
  const to = getTo(message);
  if (!to.ok) return to;
  const callId = getCallId(message);
  if (!callId.ok) return callId;
  const cseq = getCSeq(message);
  if (!cseq.ok) return cseq;
  if (method !== undefined && cseq.value.method !== method) {
    return fail({ kind: 'cseqMethodMismatch', method, cseqMethod: cseq.value.method });
  }
  const maxForwards = getMaxForwards(message);
  if (!maxForwards.ok) return maxForwards;
  const contentType = getContentType(message);
  if (!contentType.ok) return contentType;
  const duplicate = singleValueHeaders.find((name) => headerFields(message, name).length > 1);
  if (duplicate !== undefined) return fail({ kind: 'duplicateHeader', header: duplicate });
  return ok({
    vias: vias.value,
    from: from.value,
    to: to.value,
    callId: callId.value,
    cseq: cseq.value,
    maxForwards: maxForwards.value,
    contentType: contentType.value,
  });
}
