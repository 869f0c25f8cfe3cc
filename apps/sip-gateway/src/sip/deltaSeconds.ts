import { parseDigits } from './grammar.js';
import { type HeaderParam, paramValue, parseHeaderParams } from './HeaderParams.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { type HasHeaders, readSingleHeader } from './readHeader.js';
import { Scanner } from './Scanner.js';
import type { SipParseError } from './SipParseError.js';

/** Numeric header values: Max-Forwards (RFC 3261 §20.22), Expires (§20.19), Session-Expires and Min-SE (RFC 4028). */

const maxDelta = 2 ** 32 - 1;

/** delta-seconds = 1*DIGIT; values beyond 2^32-1 mean 2^32-1 (RFC 3261 §20.19). */
export function parseDeltaSeconds(text: string): ParseResult<number, string> {
  const value = parseDigits(text.trim(), maxDelta);
  if (value === undefined) return fail('not a number of seconds');
  return ok(value === 'tooLarge' ? maxDelta : value);
}

/** 0–255 hops. */
export function parseMaxForwards(text: string): ParseResult<number, string> {
  const value = parseDigits(text.trim(), 255);
  if (value === undefined) return fail('not a number');
  if (value === 'tooLarge') return fail('more than 255');
  return ok(value);
}

export interface SessionExpires {
  readonly seconds: number;
  /** Which side refreshes the session; undefined when the sender leaves it open. */
  readonly refresher: 'uac' | 'uas' | undefined;
  readonly params: readonly HeaderParam[];
}

/** `Session-Expires: 1800;refresher=uac` (RFC 4028 §4). */
export function parseSessionExpires(text: string): ParseResult<SessionExpires, string> {
  const parsed = parseSecondsWithParams(text);
  if (!parsed.ok) return parsed;
  const refresher = paramValue(parsed.value.params, 'refresher')?.toLowerCase();
  if (refresher !== undefined && refresher !== 'uac' && refresher !== 'uas') return fail('refresher is not uac or uas');
  return ok({ ...parsed.value, refresher });
}

export function formatSessionExpires(value: Pick<SessionExpires, 'seconds' | 'refresher'>): string {
  return `${value.seconds}${value.refresher === undefined ? '' : `;refresher=${value.refresher}`}`;
}

/** `Min-SE: 90` (RFC 4028 §5); generic parameters are allowed and ignored. */
export function parseMinSe(text: string): ParseResult<number, string> {
  const parsed = parseSecondsWithParams(text);
  return parsed.ok ? ok(parsed.value.seconds) : parsed;
}

function parseSecondsWithParams(text: string): ParseResult<{ seconds: number; params: HeaderParam[] }, string> {
  const scanner = new Scanner(text.trim());
  const seconds = parseDeltaSeconds(scanner.until(' \t;'));
  if (!seconds.ok) return seconds;
  const params = parseHeaderParams(scanner);
  if (!params.ok) return params;
  scanner.skipWhitespace();
  if (!scanner.atEnd()) return fail('unexpected characters after the parameters');
  return ok({ seconds: seconds.value, params: params.value });
}

export function getMaxForwards(message: HasHeaders): ParseResult<number | undefined, SipParseError> {
  return readSingleHeader(message, 'Max-Forwards', parseMaxForwards);
}

export function getExpires(message: HasHeaders): ParseResult<number | undefined, SipParseError> {
  return readSingleHeader(message, 'Expires', parseDeltaSeconds);
}

export function getSessionExpires(message: HasHeaders): ParseResult<SessionExpires | undefined, SipParseError> {
  return readSingleHeader(message, 'Session-Expires', parseSessionExpires);
}

export function getMinSe(message: HasHeaders): ParseResult<number | undefined, SipParseError> {
  return readSingleHeader(message, 'Min-SE', parseMinSe);
}
