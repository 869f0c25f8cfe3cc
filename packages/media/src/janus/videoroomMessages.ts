import { type ZodType, z } from 'zod';
import { MediaError } from '../MediaError.js';
import { janusId } from './janusMessages.js';

/** Zod schemas of the VideoRoom plugin replies the adapter relies on (Janus 1.x multistream API). */

export const createdSchema = z.object({ videoroom: z.literal('created'), room: janusId });

export const destroyedSchema = z.object({ videoroom: z.literal('destroyed') });

export const joinedSchema = z.object({ videoroom: z.literal('joined'), room: janusId, id: janusId });

const publisherStreamSchema = z.object({
  type: z.enum(['audio', 'video', 'data']),
  mid: z.string(),
  mindex: z.number().int().optional(),
  disabled: z.boolean().optional(),
  codec: z.string().optional(),
  simulcast: z.boolean().optional(),
  svc: z.boolean().optional(),
});

/** Reply to `publish`/`configure`: the streams only come with an SDP negotiation. */
export const configuredSchema = z.object({
  videoroom: z.literal('event'),
  configured: z.literal('ok'),
  streams: z.array(publisherStreamSchema).optional(),
});

const subscriberStreamSchema = z.object({
  type: z.enum(['audio', 'video', 'data']),
  mid: z.string(),
  mindex: z.number().int().optional(),
  active: z.boolean().optional(),
  feed_id: janusId.optional(),
  feed_mid: z.string().optional(),
});
export type SubscriberStreamInfo = z.infer<typeof subscriberStreamSchema>;

/**
 * Reply to a subscriber `join` (`attached`) or `update` (`updated`; without `streams` and jsep
 * when nothing changed; `updating` when Janus postponed it because an offer is unanswered).
 */
export const subscriptionSchema = z.object({
  videoroom: z.enum(['attached', 'updated', 'updating']),
  streams: z.array(subscriberStreamSchema).optional(),
});

export const startedSchema = z.object({ videoroom: z.literal('event'), started: z.literal('ok') });

/** Parses a plugin reply; a shape we do not know is an adapter bug or an incompatible Janus. */
export function parseReply<T>(schema: ZodType<T>, data: unknown, request: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new MediaError('internal', `janus.plugin.videoroom: unexpected reply to '${request}'`);
  return parsed.data;
}

/** Port feed ids are strings; VideoRoom publisher ids are JS-safe integers. Anything else cannot exist. */
export function toJanusFeedId(feedId: string): number {
  const id = /^[1-9]\d{0,15}$/.test(feedId) ? Number(feedId) : Number.NaN;
  if (!Number.isSafeInteger(id)) throw new MediaError('notFound', 'no such feed');
  return id;
}

/** Reply to `add_remote_publisher`: the publisher id and the socket Janus listens on. */
export const remotePublisherSchema = z.object({
  videoroom: z.literal('success'),
  id: janusId,
  port: z.number().int().positive(),
});

/** Reply to `rtp_forward` (multistream API): one forwarder per stream. */
export const rtpForwardSchema = z.object({
  videoroom: z.literal('rtp_forward'),
  forwarders: z.array(z.object({ stream_id: janusId })).min(1),
});

export const successSchema = z.object({ videoroom: z.literal('success') });
