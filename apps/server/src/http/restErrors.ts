import { type RestErrorBody, type RestErrorCode, restErrors } from '@plenum/protocol';

export { RestErrorBody, type RestErrorCode, restErrors } from '@plenum/protocol';

/** Thrown by route handlers; the error handler turns it into `{ error, message, ... }`. */
export class RestError extends Error {
  override readonly name = 'RestError';
  constructor(
    readonly code: RestErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
    /** With `tooManyAttempts`: sent as `Retry-After` and `retryAfterSeconds`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return restErrors[this.code];
  }

  body(): RestErrorBody {
    return {
      error: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: this.retryAfterSeconds }),
    };
  }
}
