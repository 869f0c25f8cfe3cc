import { type ZodType, z } from 'zod';
import { MediaError } from '../MediaError.js';
import { janusId } from './janusMessages.js';

/** Zod schemas of the AudioBridge plugin replies the adapter relies on (Janus 1.1.x). */

export const abCreatedSchema = z.object({ audiobridge: z.literal('created'), room: janusId });

export const abDestroyedSchema = z.object({ audiobridge: z.literal('destroyed') });

/** Reply to a plain-RTP `join`: the leg's own socket (bound to the plugin's `local_ip`). */
export const abJoinedSchema = z.object({
  audiobridge: z.literal('joined'),
  room: janusId,
  id: janusId,
  rtp: z.object({ ip: z.string().min(1), port: z.number().int().positive(), payload_type: z.number().int() }),
});

/** Reply to `configure` and `leave`. */
export const abEventSchema = z.object({
  audiobridge: z.enum(['event', 'left']),
});

export const abForwardedSchema = z.object({ audiobridge: z.literal('success'), stream_id: janusId });

export const abParticipantsSchema = z.object({
  audiobridge: z.literal('participants'),
  participants: z.array(z.object({ id: janusId, muted: z.boolean().optional() })),
});

/** Parses an AudioBridge reply; a shape we do not know is an adapter bug or an incompatible Janus. */
export function parseAbReply<T>(schema: ZodType<T>, data: unknown, request: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new MediaError('internal', `janus.plugin.audiobridge: unexpected reply to '${request}'`);
  return parsed.data;
}
