import { RoomList, type RoomUpdate, RoomView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

/** A room as `/v1/rooms` describes it. */
export type RoomInfo = RoomView;

/** One page of "my rooms"; `nextCursor` asks for the next one (null on the last page). */
export type RoomPage = RoomList;

export interface RoomListOptions {
  readonly limit?: number;
  /** The `nextCursor` of the previous page, as given. */
  readonly cursor?: string | null;
}

const roomsPath = '/v1/rooms';
const roomPath = (id: string) => `${roomsPath}/${encodeURIComponent(id)}`;

/** The query string of `GET /v1/rooms` (with its `?`, or empty). */
export function roomListQuery({ limit, cursor }: RoomListOptions): string {
  const query = new URLSearchParams();
  if (limit !== undefined) query.set('limit', String(limit));
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The rooms REST resource (`/v1/rooms`); the HTTP client (or its `fetch`) is injected for tests. */
export function createRoomsApi(http: HttpClient = createHttpClient()) {
  return {
    /** Creates a room owned by the signed-in user (401 `unauthenticated` otherwise). */
    create(title?: string): Promise<RoomInfo> {
      const json = title && title.trim() !== '' ? { title: title.trim() } : {};
      return http.request(roomsPath, RoomView, { method: 'POST', json });
    },
    get(id: string): Promise<RoomInfo> {
      return http.request(roomPath(id), RoomView);
    },
    /** The signed-in user's rooms, newest first, a page at a time. */
    list(options: RoomListOptions = {}): Promise<RoomPage> {
      return http.request(`${roomsPath}${roomListQuery(options)}`, RoomList);
    },
    /** Changes only the fields given; `password: null` removes the password. */
    update(id: string, changes: RoomUpdate): Promise<RoomInfo> {
      return http.request(roomPath(id), RoomView, { method: 'PATCH', json: changes });
    },
    remove(id: string): Promise<void> {
      return http.requestNoContent(roomPath(id), { method: 'DELETE' });
    },
  };
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
