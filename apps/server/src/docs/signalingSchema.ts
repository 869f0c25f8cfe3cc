import { CommandEnvelope, type Protocol, signalingProtocol } from '@plenum/protocol';
import { z } from 'zod';
import { registry } from '../registry.js';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

function describeProtocol(p: Protocol) {
  const each = (record: Record<string, z.ZodType>) =>
    Object.fromEntries(Object.entries(record).map(([name, schema]) => [name, jsonSchema(schema)]));
  return {
    commands: each(p.commands),
    events: each(p.events),
    errors: each(p.errors),
    joinState: jsonSchema(p.joinState),
  };
}

/**
 * The WebSocket protocol as JSON Schema, generated from the zod schemas of the envelope and
 * of every registered module. Committed under docs/generated and checked for drift by a test.
 */
export function signalingSchema() {
  return {
    title: 'Plenum signalling protocol',
    description:
      'Client → server: { ns, id?, action, ...command }. Server → client: { ns, event, ...event } or { ns, id?, error, ...error }.',
    envelope: jsonSchema(CommandEnvelope),
    modules: Object.fromEntries(
      [signalingProtocol, ...registry.map((m) => m.protocol)].map((p) => [p.ns, describeProtocol(p)]),
    ),
  };
}
