/**
 * A module error is a protocol value: it goes to the issuer of the command only, carrying the
 * broken limit (`{ error: 'invalidDuration', maxSeconds: 86400 }`). Thrown by `ctx.reject`.
 */
export class ModuleError extends Error {
  override readonly name = 'ModuleError';
  constructor(readonly frame: { readonly error: string; readonly [field: string]: unknown }) {
    super(frame.error);
  }
}

/**
 * Thrown when a module can no longer work in this room (broken invariant, lost port). The
 * runtime disables that module in that room; the room and its other modules stay up.
 */
export class FatalModuleError extends Error {
  override readonly name = 'FatalModuleError';
}
