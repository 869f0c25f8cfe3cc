import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RestError } from './restErrors.js';

/**
 * Every failure leaves as `{ error, message }` from the catalogue. Framework errors (bad JSON,
 * wrong content type, body too large) are mapped; anything unexpected is `internal` and logged.
 */
export function errorHandler(
  app: FastifyInstance,
  /** Answers a browser's request for an unknown page (the web app shows its own not-found page). */
  pageNotFound?: (reply: FastifyReply) => FastifyReply,
): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const rest = err instanceof RestError ? err : fromFramework(err);
    if (rest.code === 'internal') request.log.error({ err }, 'request failed');
    if (rest.retryAfterSeconds !== undefined) void reply.header('retry-after', String(rest.retryAfterSeconds));
    void reply.code(rest.status).send(rest.body());
  });
  app.setNotFoundHandler((request, reply) => {
    if (pageNotFound && wantsPage(request)) {
      void pageNotFound(reply.code(404));
      return;
    }
    const e = new RestError('notFound', 'There is nothing at this address');
    void reply.code(e.status).send(e.body());
  });
}

/** A browser navigating to a page, not a client of the API. */
function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  const api =
    path.startsWith('/v1/') || path.startsWith('/health') || path === '/metrics' || path.startsWith('/assets/');
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !api &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

function fromFramework(err: FastifyError): RestError {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new RestError('invalidJson', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RestError('payloadTooLarge', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new RestError('unsupportedMediaType', 'Send the request body as application/json');
    default:
      if (err.statusCode === 400 && err.message.includes('JSON')) {
        return new RestError('invalidJson', 'The request body is not valid JSON');
      }
      return new RestError('internal', 'Something went wrong on the server');
  }
}
