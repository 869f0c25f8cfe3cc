import { z } from 'zod';

/** A REST failure: `code` is the server's error code, or `network`/`httpError`/`invalidResponse`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(`API failure ${status} ${code}`);
    this.name = 'ApiFailure';
  }
}

const ApiError = z.looseObject({ error: z.string(), message: z.string().optional() });

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The header the server's CSRF guard requires on state-changing requests that carry the session cookie. */
export const csrfHeader = { name: 'X-Plenum-CSRF', value: '1' } as const;

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON (with its content type) when present. */
  readonly json?: unknown;
}

/**
 * Plenum's one way to talk to its own server: same-origin, cookies included, `Accept: application/json` always,
 * and `X-Plenum-CSRF: 1` on every POST/PUT/PATCH/DELETE (see docs/adr/0006-sessions-and-csrf.md). Answers are
 * checked with a zod schema; failures become an {@link ApiFailure} with the server's error code.
 */
export function createHttpClient(fetchFn: typeof fetch = (...args) => fetch(...args)) {
  async function send(path: string, request: ApiRequest): Promise<Response> {
    const method = request.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (stateChanging.has(method)) headers[csrfHeader.name] = csrfHeader.value;
    if (request.json !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetchFn(path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
      });
    } catch {
      throw new ApiFailure('network', 0);
    }
  }

  return {
    /** Sends the request and returns the answer parsed with `schema`, or throws an {@link ApiFailure}. */
    async request<S extends z.ZodType>(path: string, schema: S, request: ApiRequest = {}): Promise<z.output<S>> {
      const response = await send(path, request);
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const error = ApiError.safeParse(body);
        throw new ApiFailure(error.success ? error.data.error : 'httpError', response.status);
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new ApiFailure('invalidResponse', response.status);
      return parsed.data;
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
