import { RoomId } from '@plenum/protocol';
import { matchRoute } from '../router/matchRoute.js';

/**
 * Reads what someone pasted into "meeting link or ID": a full link (any host, so links from
 * mails work even behind another domain name), a path `/r/…`, or the bare id. Returns the
 * room id, or null when it is none of these.
 */
export function parseRoomInput(input: string): RoomId | null {
  const text = input.trim();
  if (text === '') return null;
  const bare = RoomId.safeParse(text);
  if (bare.success) return bare.data;
  let pathname = text;
  try {
    pathname = new URL(text).pathname;
  } catch {
    // Not an absolute URL: maybe a path.
  }
  const route = matchRoute(pathname);
  return route.name === 'room' ? route.roomId : null;
}
