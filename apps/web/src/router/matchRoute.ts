import { RoomId } from '@plenum/protocol';

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'room'; readonly roomId: RoomId }
  | { readonly name: 'loginFailed' }
  | { readonly name: 'notFound' };

/** Where the server can send the browser when a sign-in fails (`?reason=<error code>`). */
export const loginFailedPath = '/login-failed';

/** Maps a location pathname to a route. A malformed room id is "not found", not a crash. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'start' };
  if (pathname === loginFailedPath || pathname === `${loginFailedPath}/`) return { name: 'loginFailed' };
  const room = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (room?.[1]) {
    let raw: string;
    try {
      raw = decodeURIComponent(room[1]);
    } catch {
      return { name: 'notFound' };
    }
    const id = RoomId.safeParse(raw);
    return id.success ? { name: 'room', roomId: id.data } : { name: 'notFound' };
  }
  return { name: 'notFound' };
}

export function roomPath(roomId: string): string {
  return `/r/${encodeURIComponent(roomId)}`;
}
