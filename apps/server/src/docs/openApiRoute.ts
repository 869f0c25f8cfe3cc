import type { FastifyInstance } from 'fastify';
import { openApi } from './openApi.js';

/** `GET /v1/openapi.json`: the REST API description, the same document as docs/generated/openapi.json. */
export function openApiRoute(app: FastifyInstance): void {
  const document = JSON.stringify(openApi());
  app.get('/v1/openapi.json', async (_request, reply) => reply.type('application/json').send(document));
}
