import { RoomId } from '@plenum/protocol';

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'room'; readonly roomId: RoomId }
  | { readonly name: 'notFound' };

/** Maps a location pathname to a route. A malformed room id is "not found", not a crash. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'start' };
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
