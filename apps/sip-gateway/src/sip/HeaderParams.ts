import { isToken, quote } from './grammar.js';
import { fail, ok, type ParseResult } from './ParseResult.js';
import type { Scanner } from './Scanner.js';

/** `;name=value` or `;name` after a header value. Names compare case-insensitively; values are unquoted. */
export interface HeaderParam {
  readonly name: string;
  readonly value: string | undefined;
}

/**
 * generic-param *( SEMI generic-param ), where gen-value = token / host / quoted-string (RFC 3261 §25.1). Stops before
 * anything that is not a `;` (a comma between list elements, or the end).
 */
export function parseHeaderParams(scanner: Scanner): ParseResult<HeaderParam[], string> {
  const params: HeaderParam[] = [];
  while (scanner.separator(';')) {
    const name = scanner.token();
    if (name === undefined) return fail('parameter without a name');
    if (!scanner.separator('=')) {
      params.push({ name, value: undefined });
      continue;
    }
    const value = scanner.peek() === '"' ? scanner.quotedString() : (scanner.bracketed() ?? scanner.token());
    if (value === undefined) return fail(`parameter ${describeName(name)} has no valid value`);
    params.push({ name, value });
  }
  return ok(params);
}

export function findParam(params: readonly HeaderParam[], name: string): HeaderParam | undefined {
  const wanted = name.toLowerCase();
  return params.find((param) => param.name.toLowerCase() === wanted);
}

export function paramValue(params: readonly HeaderParam[], name: string): string | undefined {
  return findParam(params, name)?.value;
}

/** Replaces the parameter of that name (or appends it), keeping the order of the others. */
export function withParam(params: readonly HeaderParam[], name: string, value: string | undefined): HeaderParam[] {
  const wanted = name.toLowerCase();
  const index = params.findIndex((param) => param.name.toLowerCase() === wanted);
  if (index < 0) return [...params, { name, value }];
  return params.map((param, at) => (at === index ? { name: param.name, value } : param));
}

export function formatParams(params: readonly HeaderParam[]): string {
  return params
    .map((param) => `;${param.name}${param.value === undefined ? '' : `=${formatValue(param.value)}`}`)
    .join('');
}

function formatValue(value: string): string {
  if (isToken(value) || /^\[[0-9A-Fa-f:.]+\]$/.test(value)) return value;
  return quote(value);
}

/** Parameter names come from the peer; only echo them into error reasons when they are short tokens. */
function describeName(name: string): string {
  return name.length <= 32 ? name : 'with a long name';
}
