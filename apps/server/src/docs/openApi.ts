import { z } from 'zod';
import { RestErrorBody, restErrors } from '../http/restErrors.js';
import { RoomCreate, RoomView } from '../rooms/roomSchemas.js';

const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' });
const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({ 'application/json': { schema: schema(s, io) } });
const error = (description: string) => ({ description, content: json(RestErrorBody) });

/** The REST API as OpenAPI 3.1, generated from the same zod schemas the routes parse with. */
export function openApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plenum REST API',
      version: '1',
      description: `Errors are { error, message, issues? } with these codes and statuses: ${Object.entries(restErrors)
        .map(([code, status]) => `${code} ${status}`)
        .join(', ')}.`,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    paths: {
      '/v1/rooms': {
        post: {
          summary: 'Create a room',
          requestBody: { required: false, content: json(RoomCreate, 'input') },
          responses: {
            '201': { description: 'Created', content: json(RoomView) },
            '400': error('invalidBody or invalidJson'),
            '413': error('payloadTooLarge'),
            '415': error('unsupportedMediaType'),
          },
        },
      },
      '/v1/rooms/{roomId}': {
        get: {
          summary: 'Get a room',
          parameters: [{ name: 'roomId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The room', content: json(RoomView) }, '404': error('roomNotFound') },
        },
      },
      '/v1/rooms/{roomId}/signaling': {
        get: {
          summary: 'Signalling WebSocket of one participant connection (see signaling.schema.json)',
          parameters: [{ name: 'roomId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '101': { description: 'Switching protocols' }, '404': error('roomNotFound') },
        },
      },
      '/health': { get: { summary: 'Liveness', responses: { '200': { description: 'The process is alive' } } } },
      '/health/ready': {
        get: {
          summary: 'Readiness: database and media plane answer',
          responses: { '200': { description: 'Ready' }, '503': { description: 'A dependency is down' } },
        },
      },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'Text exposition' } } } },
    },
  };
}
