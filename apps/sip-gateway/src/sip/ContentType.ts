import { isToken } from './grammar.js';
import { type HeaderParam, paramValue, parseHeaderParams } from './HeaderParams.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import { type HasHeaders, readSingleHeader } from './readHeader.js';
import { Scanner } from './Scanner.js';
import type { SipParseError } from './SipParseError.js';

/** Content-Type (RFC 3261 §20.15): `type/subtype;param=value`, type and subtype in lower case. */
export interface ContentType {
  readonly type: string;
  readonly subtype: string;
  readonly params: readonly HeaderParam[];
}

export function parseContentType(text: string): ParseResult<ContentType, string> {
  const scanner = new Scanner(text.trim());
  const type = scanner.token();
  if (type === undefined || !scanner.separator('/')) return fail('expected type/subtype');
  const subtype = scanner.token();
  if (subtype === undefined) return fail('expected type/subtype');
  const params = parseHeaderParams(scanner);
  if (!params.ok) return params;
  scanner.skipWhitespace();
  if (!scanner.atEnd()) return fail('unexpected characters after the parameters');
  if (params.value.some((param) => param.value === undefined || !isToken(param.name))) {
    return fail('media type parameter without a value');
  }
  return ok({ type: type.toLowerCase(), subtype: subtype.toLowerCase(), params: params.value });
}

/** `application/sdp` and the like, without parameters. */
export function mediaTypeOf(contentType: ContentType): string {
  return `${contentType.type}/${contentType.subtype}`;
}

export function contentTypeParam(contentType: ContentType, name: string): string | undefined {
  return paramValue(contentType.params, name);
}

export function getContentType(message: HasHeaders): ParseResult<ContentType | undefined, SipParseError> {
  return readSingleHeader(message, 'Content-Type', parseContentType);
}
