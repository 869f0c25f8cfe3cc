import { z } from 'zod';

/** A field the server refused, as `issues[]` of its error body names it (`path` like `displayName` or `a.b`). */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/** What a failure may carry beyond its code: the refused fields, and how long to wait before trying again. */
export interface ApiFailureDetails {
  readonly issues?: readonly ApiIssue[] | undefined;
  readonly retryAfterSeconds?: number | undefined;
}

/** A REST failure: `code` is the server's error code, or `network`/`httpError`/`invalidResponse`. */
export class ApiFailure extends Error {
  /** The fields the server refused (with `invalidBody`); empty otherwise. */
  readonly issues: readonly ApiIssue[];
  /** With `tooManyAttempts`: seconds until another attempt may succeed (from the body, else `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: string,
    readonly status: number,
    details: ApiFailureDetails = {},
  ) {
    super(`API failure ${status} ${code}`);
    this.name = 'ApiFailure';
    this.issues = details.issues ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** The error body, read leniently: a malformed optional part is dropped, not a reason to lose the code. */
const ApiError = z.looseObject({
  error: z.string(),
  message: z.string().optional().catch(undefined),
  issues: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .catch(undefined),
  retryAfterSeconds: z.number().int().positive().optional().catch(undefined),
});

/** `Retry-After` as delay-seconds (Plenum never sends the HTTP-date form); anything else counts as absent. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return undefined;
  const seconds = Number(header);
  return seconds > 0 ? seconds : undefined;
}

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
 * checked with a zod schema; failures become an {@link ApiFailure} with the server's error code, the refused fields
 * and, for rate limits, the seconds to wait.
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

  async function failure(response: Response): Promise<ApiFailure> {
    const body: unknown = await response.json().catch(() => null);
    const error = ApiError.safeParse(body);
    const retryAfterSeconds =
      (error.success ? error.data.retryAfterSeconds : undefined) ??
      parseRetryAfter(response.headers.get('retry-after'));
    return new ApiFailure(error.success ? error.data.error : 'httpError', response.status, {
      issues: error.success ? error.data.issues : undefined,
      retryAfterSeconds,
    });
  }

  return {
    /** Sends the request and returns the answer parsed with `schema`, or throws an {@link ApiFailure}. */
    async request<S extends z.ZodType>(path: string, schema: S, request: ApiRequest = {}): Promise<z.output<S>> {
      const response = await send(path, request);
      if (!response.ok) throw await failure(response);
      const body: unknown = await response.json().catch(() => null);
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new ApiFailure('invalidResponse', response.status);
      return parsed.data;
    },
    /** Sends a request whose answer has no body (`204`, e.g. DELETE); throws an {@link ApiFailure} on failure. */
    async requestNoContent(path: string, request: ApiRequest = {}): Promise<void> {
      const response = await send(path, request);
      if (!response.ok) throw await failure(response);
      await response.body?.cancel().catch(() => undefined);
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
