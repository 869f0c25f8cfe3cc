import { z } from 'zod';

/**
 * Zod schemas of what Janus sends over its WebSocket API (core level; plugin payloads stay
 * `unknown` here and are parsed by the plugin adapter). Unknown fields are stripped, unknown
 * message types fail to parse and are dropped by the client.
 */

/** Janus ids (sessions, handles, rooms, publishers) are JS-safe positive integers. */
export const janusId = z.number().int().positive();

export const jsepSchema = z.object({
  type: z.enum(['offer', 'answer']),
  sdp: z.string(),
  restart: z.boolean().optional(),
  e2ee: z.boolean().optional(),
});
export type Jsep = z.infer<typeof jsepSchema>;

export const pluginDataSchema = z.object({
  plugin: z.string(),
  data: z.record(z.string(), z.unknown()),
});

const sessionScoped = { session_id: janusId };
const handleScoped = { session_id: janusId, sender: janusId };

export const janusInboundSchema = z.discriminatedUnion('janus', [
  z.object({ janus: z.literal('ack'), transaction: z.string(), session_id: janusId.optional() }),
  z.object({
    janus: z.literal('success'),
    transaction: z.string(),
    session_id: janusId.optional(),
    sender: janusId.optional(),
    data: z.object({ id: janusId }).optional(),
    plugindata: pluginDataSchema.optional(),
  }),
  z.object({
    janus: z.literal('error'),
    transaction: z.string().optional(),
    session_id: janusId.optional(),
    error: z.object({ code: z.number().int(), reason: z.string().optional() }),
  }),
  z.object({ janus: z.literal('pong'), transaction: z.string() }),
  z.object({
    janus: z.literal('event'),
    transaction: z.string().optional(),
    ...handleScoped,
    plugindata: pluginDataSchema,
    jsep: jsepSchema.optional(),
  }),
  z.object({ janus: z.literal('webrtcup'), ...handleScoped }),
  z.object({ janus: z.literal('hangup'), ...handleScoped, reason: z.string().optional() }),
  z.object({
    janus: z.literal('media'),
    ...handleScoped,
    type: z.enum(['audio', 'video']),
    receiving: z.boolean(),
    mid: z.string().optional(),
  }),
  z.object({
    janus: z.literal('slowlink'),
    ...handleScoped,
    uplink: z.boolean(),
    mid: z.string().optional(),
    media: z.string().optional(),
  }),
  z.object({ janus: z.literal('detached'), ...handleScoped }),
  z.object({ janus: z.literal('timeout'), ...sessionScoped }),
  z.object({ janus: z.literal('trickle'), ...handleScoped, candidate: z.unknown() }),
]);
export type JanusInbound = z.infer<typeof janusInboundSchema>;
