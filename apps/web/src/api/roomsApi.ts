import { RoomView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

/** A room as `/v1/rooms` describes it. */
export type RoomInfo = RoomView;

/** The rooms REST resource (`/v1/rooms`); the HTTP client (or its `fetch`) is injected for tests. */
export function createRoomsApi(http: HttpClient = createHttpClient()) {
  return {
    create(title?: string): Promise<RoomInfo> {
      const json = title && title.trim() !== '' ? { title: title.trim() } : {};
      return http.request('/v1/rooms', RoomView, { method: 'POST', json });
    },
    get(id: string): Promise<RoomInfo> {
      return http.request(`/v1/rooms/${encodeURIComponent(id)}`, RoomView);
    },
  };
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
