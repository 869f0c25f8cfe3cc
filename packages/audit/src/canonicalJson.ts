import { CanonicalJsonError } from './CanonicalJsonError.js';

/** By default, more nested arrays and objects than this are refused, so hostile input cannot exhaust the stack. */
export const MAX_CANONICAL_DEPTH = 64;

/** With the `u` flag a surrogate only matches when it is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The RFC 8785 (JCS) canonical form of a JSON value: object keys sorted by their UTF-16 code units, numbers in the
 * ECMAScript shortest round-trip form, strings with only the mandatory escapes, no whitespace. Equal values give equal
 * strings on every machine, which is what lets a hash of it stand for the value.
 *
 * Refuses (with `CanonicalJsonError`) what JSON cannot carry exactly instead of silently dropping or coercing it:
 * NaN and ±Infinity, `undefined`, functions, symbols, bigints, objects that are not plain (Date, Map, class
 * instances), symbol keys, strings with a lone surrogate, cycles, and more than `maxDepth` nested containers.
 */
export function canonicalJson(value: unknown, maxDepth: number = MAX_CANONICAL_DEPTH): string {
  return serialize(value, '', 0, { maxDepth, open: new Set() });
}

interface Walk {
  readonly maxDepth: number;
  /** The containers being written right now: meeting one again is a cycle (a shared value elsewhere is fine). */
  readonly open: Set<object>;
}

function serialize(value: unknown, path: string, depth: number, walk: Walk): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('notFinite', path);
      // ECMAScript's Number::toString is the form RFC 8785 prescribes; JSON.stringify also turns -0 into "0".
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return serializeContainer(value, path, depth, walk);
    default:
      throw new CanonicalJsonError('unsupportedType', path);
  }
}

function serializeString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError('loneSurrogate', path);
  // For well-formed strings JSON.stringify escapes exactly what RFC 8785 requires (", \, and U+0000..U+001F, the
  // latter as \b \t \n \f \r or lowercase \u00xx) and writes everything else as is.
  return JSON.stringify(value);
}

function serializeContainer(value: object, path: string, depth: number, walk: Walk): string {
  const { open } = walk;
  if (depth >= walk.maxDepth) throw new CanonicalJsonError('tooDeep', path);
  if (open.has(value)) throw new CanonicalJsonError('cycle', path);
  open.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let i = 0; i < value.length; i++) {
        // A hole in a sparse array reads as undefined and is refused like any undefined.
        items.push(serialize(value[i], `${path}/${i}`, depth + 1, walk));
      }
      return `[${items.join(',')}]`;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new CanonicalJsonError('notPlainObject', path);
    if (Object.getOwnPropertySymbols(value).length > 0) throw new CanonicalJsonError('unsupportedType', path);
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort(compareCodeUnits)) {
      const memberPath = `${path}/${escapePointer(key)}`;
      members.push(`${serializeString(key, memberPath)}:${serialize(record[key], memberPath, depth + 1, walk)}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    open.delete(value);
  }
}

/** RFC 8785 sorts keys by UTF-16 code units, which is what JavaScript's string comparison does. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
