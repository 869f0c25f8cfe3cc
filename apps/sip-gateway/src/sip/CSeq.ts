import { isToken, parseDigits } from './grammar.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { type HasHeaders, readRequiredHeader } from './readHeader.js';
import type { SipParseError } from './SipParseError.js';

/** CSeq (RFC 3261 §20.16): a sequence number below 2^32 and the method it belongs to. */
export interface CSeq {
  readonly seq: number;
  readonly method: string;
}

const maxSeq = 2 ** 32 - 1;

export function parseCSeq(text: string): ParseResult<CSeq, string> {
  const match = /^\s*(\S+)[ \t]+(\S+)\s*$/.exec(text);
  if (match === null) return fail('expected a number and a method');
  const seq = parseDigits(match[1] ?? '', maxSeq);
  if (seq === undefined) return fail('sequence number is not a number');
  if (seq === 'tooLarge') return fail('sequence number is 2^32 or more');
  const method = match[2] ?? '';
  if (!isToken(method)) return fail('method is not a token');
  return ok({ seq, method });
}

export function formatCSeq(cseq: CSeq): string {
  return `${cseq.seq} ${cseq.method}`;
}

export function getCSeq(message: HasHeaders): ParseResult<CSeq, SipParseError> {
  return readRequiredHeader(message, 'CSeq', parseCSeq);
}
