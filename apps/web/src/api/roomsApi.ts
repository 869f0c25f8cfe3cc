import { RoomId } from '@plenum/protocol';
import { z } from 'zod';
import { createHttpClient, type HttpClient } from './http.js';

export const RoomInfo = z.object({
  id: RoomId,
  title: z.string().nullish(),
  createdAt: z.union([z.string(), z.number()]).optional(),
});
export type RoomInfo = z.infer<typeof RoomInfo>;

/** The rooms REST resource (`/v1/rooms`); the HTTP client (or its `fetch`) is injected for tests. */
export function createRoomsApi(http: HttpClient = createHttpClient()) {
  return {
    create(title?: string): Promise<RoomInfo> {
      const json = title && title.trim() !== '' ? { title: title.trim() } : {};
      return http.request('/v1/rooms', RoomInfo, { method: 'POST', json });
    },
    get(id: string): Promise<RoomInfo> {
      return http.request(`/v1/rooms/${encodeURIComponent(id)}`, RoomInfo);
    },
  };
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
