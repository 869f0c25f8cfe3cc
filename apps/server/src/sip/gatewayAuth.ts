import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { RestError } from '../http/restErrors.js';

/**
 * Only the SIP gateway may bring callers in: it sends the shared gateway secret (config `sip.gatewaySecret`) as a
 * bearer token. Both sides are hashed before the constant-time comparison, so neither the content nor the length of
 * the secret shows in the timing. Without a configured secret there is no gateway, and the routes do not exist.
 */
export function requireGateway(request: FastifyRequest, secret: string | undefined): void {
  if (secret === undefined) throw new RestError('notFound', 'There is no SIP gateway in this installation');
  const header = request.headers.authorization;
  const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  if (!timingSafeEqual(digest(token), digest(secret))) {
    throw new RestError('unauthenticated', 'Only the SIP gateway may call this');
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
