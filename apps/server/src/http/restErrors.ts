import { z } from 'zod';

/** The catalogue of REST error codes and their HTTP status. Every error response uses one. */
export const restErrors = {
  invalidJson: 400,
  invalidBody: 400,
  invalidQuery: 400,
  loginFailed: 400,
  invalidLogoutToken: 400,
  unauthenticated: 401,
  forbiddenOrigin: 403,
  csrfRejected: 403,
  tenantUnknown: 403,
  roomNotFound: 404,
  notFound: 404,
  methodNotAllowed: 405,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  internal: 500,
  unavailable: 503,
} as const;
export type RestErrorCode = keyof typeof restErrors;

export const RestErrorBody = z.object({
  error: z.enum(Object.keys(restErrors) as [RestErrorCode, ...RestErrorCode[]]),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type RestErrorBody = z.infer<typeof RestErrorBody>;

/** Thrown by route handlers; the error handler turns it into `{ error, message, ... }`. */
export class RestError extends Error {
  override readonly name = 'RestError';
  constructor(
    readonly code: RestErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }

  get status(): number {
    return restErrors[this.code];
  }

  body(): RestErrorBody {
    return { error: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
