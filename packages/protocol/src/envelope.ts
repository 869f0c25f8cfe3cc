import { z } from 'zod';

/** Largest inbound WebSocket frame the server accepts, in bytes. */
export const MAX_FRAME_BYTES = 64 * 1024;

export const Namespace = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case namespace');

/** Client → server: `{ ns, id?, action, ...fields }`. Fields are checked by the module's schema. */
export const CommandEnvelope = z.looseObject({
  ns: Namespace,
  id: z.string().min(1).max(64).optional(),
  action: z.string().min(1).max(64),
});
export type CommandEnvelope = z.infer<typeof CommandEnvelope>;

/** Server → client fact: `{ ns, event, ...fields }`. */
export interface EventFrame {
  readonly ns: string;
  readonly event: string;
  readonly [field: string]: unknown;
}

/** Server → client condition, to the issuer only: `{ ns, id?, error, ...fields }`. */
export interface ErrorFrame {
  readonly ns: string;
  readonly id?: string;
  readonly error: string;
  readonly [field: string]: unknown;
}

export type ServerFrame = EventFrame | ErrorFrame;

export function isErrorFrame(frame: ServerFrame): frame is ErrorFrame {
  return typeof (frame as { error?: unknown }).error === 'string';
}
