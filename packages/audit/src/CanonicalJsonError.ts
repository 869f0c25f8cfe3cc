/** Why a value has no canonical JSON form. */
export type CanonicalJsonReason =
  | 'notFinite'
  | 'unsupportedType'
  | 'notPlainObject'
  | 'loneSurrogate'
  | 'cycle'
  | 'tooDeep';

/**
 * Thrown by `canonicalJson` for a value that RFC 8785 cannot represent. `path` is a JSON Pointer (RFC 6901) to the
 * offending value, so a caller can say where in a document the problem is.
 */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';

  constructor(
    readonly reason: CanonicalJsonReason,
    readonly path: string,
  ) {
    super(`no canonical JSON for the value at '${path}': ${reason}`);
  }
}
