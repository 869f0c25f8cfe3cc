import { parseDigits } from './grammar.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import type { HasHeaders } from './readHeader.js';
import { headerFields } from './SipHeaders.js';
import type { SipParseError } from './SipParseError.js';

/**
 * The declared body length, or undefined when there is no Content-Length (allowed on UDP only). More than one
 * Content-Length is an error even when they agree: framing must never depend on which one a reader picks.
 * Absurdly long numbers come back as Number.MAX_SAFE_INTEGER, so every size limit rejects them.
 */
export function getContentLength(message: HasHeaders): ParseResult<number | undefined, SipParseError> {
  const fields = headerFields(message, 'Content-Length');
  if (fields.length > 1) return fail({ kind: 'invalidContentLength', reason: 'multiple' });
  const [field] = fields;
  if (field === undefined) return ok(undefined);
  if (/^-[0-9]+$/.test(field)) return fail({ kind: 'invalidContentLength', reason: 'negative' });
  const length = parseDigits(field, Number.MAX_SAFE_INTEGER);
  if (length === undefined) return fail({ kind: 'invalidContentLength', reason: 'notNumeric' });
  return ok(length === 'tooLarge' ? Number.MAX_SAFE_INTEGER : length);
}
