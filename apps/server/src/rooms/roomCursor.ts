import type { Room, RoomPageCursor } from '@plenum/db';
import { z } from 'zod';

const CursorShape = z.strictObject({ c: z.iso.datetime(), i: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** The opaque `nextCursor` that continues a page after this room. */
export function encodeRoomCursor(room: Room): string {
  return Buffer.from(JSON.stringify({ c: room.createdAt, i: room.id }), 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one this server made. */
export function decodeRoomCursor(cursor: string): RoomPageCursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = CursorShape.safeParse(value);
  return parsed.success ? { createdAt: parsed.data.c, id: parsed.data.i } : undefined;
}
