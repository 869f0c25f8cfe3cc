import { isWord } from './grammar.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { type HasHeaders, readRequiredHeader } from './readHeader.js';
import type { SipParseError } from './SipParseError.js';

/** Call-ID (RFC 3261 §20.8): `word [ "@" word ]`, compared byte for byte. */
export function parseCallId(text: string): ParseResult<string, string> {
  const parts = text.split('@');
  if (parts.length > 2 || !parts.every(isWord)) return fail('not a word or word@word');
  return ok(text);
}

export function getCallId(message: HasHeaders): ParseResult<string, SipParseError> {
  return readRequiredHeader(message, 'Call-ID', parseCallId);
}
