import { RoomId } from '@plenum/protocol';
import { z } from 'zod';

export const roomLimits = { titleMaxLength: 200 } as const;

/** Body of `POST /v1/rooms`. Unknown fields are refused so typos surface. */
export const RoomCreate = z.strictObject({
  title: z
    .string()
    .trim()
    .max(roomLimits.titleMaxLength)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .optional(),
});
export type RoomCreate = z.infer<typeof RoomCreate>;

/** A room as the REST API shows it. */
export const RoomView = z.object({
  id: RoomId,
  title: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  /** The address people open to join (from `publicUrl`, else from the request's host). */
  url: z.string(),
});
export type RoomView = z.infer<typeof RoomView>;

export const RoomParams = z.object({ roomId: z.string() });
