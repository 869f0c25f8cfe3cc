import { isToken } from './grammar.js';
import { paramValue } from './HeaderParams.js';
import { type NameAddr, parseNameAddr } from './NameAddr.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { type HasHeaders, readRequiredHeader } from './readHeader.js';
import type { SipParseError } from './SipParseError.js';

/** A From or To value (RFC 3261 §20.20, §20.39) with its tag, which names the dialog side. */
export interface FromTo extends NameAddr {
  readonly tag: string | undefined;
}

export function parseFromTo(text: string): ParseResult<FromTo, string> {
  const parsed = parseNameAddr(text);
  if (!parsed.ok) return parsed;
  const tag = paramValue(parsed.value.params, 'tag');
  if (tag !== undefined && !isToken(tag)) return fail('tag is not a token');
  return ok({ ...parsed.value, tag });
}

export function getFrom(message: HasHeaders): ParseResult<FromTo, SipParseError> {
  return readRequiredHeader(message, 'From', parseFromTo);
}

export function getTo(message: HasHeaders): ParseResult<FromTo, SipParseError> {
  return readRequiredHeader(message, 'To', parseFromTo);
}
