import type { FastifyRequest } from 'fastify';
import { RestError } from '../http/restErrors.js';
import type { Principal } from './Principal.js';

/** The signed-in principal, or a 401 `unauthenticated` for the error handler. */
export function requireUser(request: FastifyRequest): Principal {
  if (!request.principal) throw new RestError('unauthenticated', 'Sign in first');
  return request.principal;
}
