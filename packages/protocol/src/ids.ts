import { z } from 'zod';

/**
 * Branded identifiers. Every id that crosses a boundary is an opaque, unguessable string
 * (128 bits of randomness, base64url). Brands keep a room id from being passed where a
 * participant id is expected.
 */
const opaqueId = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an opaque id (base64url)');

export const RoomId = opaqueId.brand<'RoomId'>();
export type RoomId = z.infer<typeof RoomId>;

export const ParticipantId = opaqueId.brand<'ParticipantId'>();
export type ParticipantId = z.infer<typeof ParticipantId>;

export const ConnectionId = opaqueId.brand<'ConnectionId'>();
export type ConnectionId = z.infer<typeof ConnectionId>;
