import { RoomId } from '@plenum/protocol';
import { z } from 'zod';

export const RoomInfo = z.object({
  id: RoomId,
  title: z.string().nullish(),
  createdAt: z.union([z.string(), z.number()]).optional(),
});
export type RoomInfo = z.infer<typeof RoomInfo>;

const ApiError = z.looseObject({ error: z.string(), message: z.string().optional() });

/** A REST failure: `code` is the server's error code, or `network`/`invalidResponse`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(`API failure ${status} ${code}`);
    this.name = 'ApiFailure';
  }
}

async function request(fetchFn: typeof fetch, path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiFailure('network', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiError.safeParse(body);
    throw new ApiFailure(error.success ? error.data.error : 'httpError', response.status);
  }
  return body;
}

function parseRoom(body: unknown, status: number): RoomInfo {
  const room = RoomInfo.safeParse(body);
  if (!room.success) throw new ApiFailure('invalidResponse', status);
  return room.data;
}

/** The rooms REST resource (`/v1/rooms`); `fetchFn` is injected for tests. */
export function createRoomsApi(fetchFn: typeof fetch = (...args) => fetch(...args)) {
  return {
    async create(title?: string): Promise<RoomInfo> {
      const body = title && title.trim() !== '' ? { title: title.trim() } : {};
      return parseRoom(
        await request(fetchFn, '/v1/rooms', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        201,
      );
    },
    async get(id: string): Promise<RoomInfo> {
      return parseRoom(await request(fetchFn, `/v1/rooms/${encodeURIComponent(id)}`), 200);
    },
  };
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
