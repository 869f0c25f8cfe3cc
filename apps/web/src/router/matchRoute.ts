import { InviteCode, RoomId } from '@plenum/protocol';

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'room'; readonly roomId: RoomId }
  | { readonly name: 'invite'; readonly code: InviteCode }
  | { readonly name: 'loginFailed' }
  | { readonly name: 'notFound' };

/** Where the server can send the browser when a sign-in fails (`?reason=<error code>`). */
export const loginFailedPath = '/login-failed';

/** Maps a location pathname to a route. A malformed room id is "not found", not a crash. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'start' };
  if (pathname === loginFailedPath || pathname === `${loginFailedPath}/`) return { name: 'loginFailed' };
  const room = segment(/^\/r\/([^/]+)\/?$/, pathname, (raw) => RoomId.safeParse(raw));
  if (room !== undefined) return room === null ? { name: 'notFound' } : { name: 'room', roomId: room };
  const code = segment(/^\/i\/([^/]+)\/?$/, pathname, (raw) => InviteCode.safeParse(raw));
  if (code !== undefined) return code === null ? { name: 'notFound' } : { name: 'invite', code };
  return { name: 'notFound' };
}

/**
 * The one path segment `pattern` captures, decoded and checked with `parse`: undefined when the path does not have
 * that shape, null when the segment is malformed.
 */
function segment<T>(
  pattern: RegExp,
  pathname: string,
  parse: (raw: string) => { success: true; data: T } | { success: false },
): T | null | undefined {
  const match = pattern.exec(pathname)?.[1];
  if (!match) return undefined;
  let raw: string;
  try {
    raw = decodeURIComponent(match);
  } catch {
    return null;
  }
  const parsed = parse(raw);
  return parsed.success ? parsed.data : null;
}

export function roomPath(roomId: string): string {
  return `/r/${encodeURIComponent(roomId)}`;
}

/** The guest's entry page of an invite code (the path of a guest link's `url`). */
export function invitePath(code: string): string {
  return `/i/${encodeURIComponent(code)}`;
}
