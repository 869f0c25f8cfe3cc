import { fail, ok, type ParseResult } from './ParseResult.js';
import { headerFields } from './SipHeaders.js';
import type { SipHeader } from './SipMessage.js';
import type { SipParseError } from './SipParseError.js';

export interface HasHeaders {
  readonly headers: readonly SipHeader[];
}

/**
 * Reads a header that may appear at most once with its grammar: undefined when absent, `duplicateHeader` when there
 * are two, `invalidHeader` (naming the header) when the grammar rejects the value.
 */
export function readSingleHeader<T>(
  message: HasHeaders,
  name: string,
  parse: (text: string) => ParseResult<T, string>,
): ParseResult<T | undefined, SipParseError> {
  const fields = headerFields(message, name);
  if (fields.length > 1) return fail({ kind: 'duplicateHeader', header: name });
  const [field] = fields;
  if (field === undefined) return ok(undefined);
  const parsed = parse(field);
  return parsed.ok ? parsed : fail({ kind: 'invalidHeader', header: name, reason: parsed.error });
}

/** Like `readSingleHeader`, but a missing header is an error too. */
export function readRequiredHeader<T>(
  message: HasHeaders,
  name: string,
  parse: (text: string) => ParseResult<T, string>,
): ParseResult<T, SipParseError> {
  const read = readSingleHeader(message, name, parse);
  if (!read.ok) return read;
  return read.value === undefined ? fail({ kind: 'missingHeader', header: name }) : ok(read.value);
}
