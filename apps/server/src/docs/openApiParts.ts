import { z } from 'zod';
import { RestErrorBody } from '../http/restErrors.js';

/** Building blocks of the OpenAPI document: JSON bodies from zod schemas, typed errors, path parameters. */
const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' });
export const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({
  'application/json': { schema: schema(s, io) },
});
export const error = (description: string) => ({ description, content: json(RestErrorBody) });
export const pathParameter = (name: string) =>
  ({ name, in: 'path', required: true, schema: { type: 'string' } }) as const;
export const roomIdParameter = pathParameter('roomId');
