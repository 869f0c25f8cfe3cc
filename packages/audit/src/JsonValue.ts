import { z } from 'zod';
import { CanonicalJsonError } from './CanonicalJsonError.js';
import { canonicalJson } from './canonicalJson.js';

/** A value that JSON (and so RFC 8785 canonical JSON) can represent exactly. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** How deeply an entry's `data` may nest: the entry around it must stay within `MAX_CANONICAL_DEPTH`. */
export const MAX_DATA_DEPTH = 32;

/**
 * Accepts exactly the values `canonicalJson` can write (nested at most `MAX_DATA_DEPTH` deep), so anything that passes can be hashed; a refusal names the
 * reason and the place inside the value.
 */
export const JsonValue = z.unknown().transform((value, ctx): JsonValue => {
  try {
    canonicalJson(value, MAX_DATA_DEPTH);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    ctx.addIssue({ code: 'custom', message: `${error.reason} at '${error.path}'` });
    return z.NEVER;
  }
  return value as JsonValue;
});
