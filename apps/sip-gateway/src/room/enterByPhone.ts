import { type PhoneEntryRequest, PhoneEntryView, RestErrorBody } from '@plenum/protocol';

/** What the server said to a caller's conference number and PIN. */
export type EntryOutcome =
  | { readonly kind: 'entered'; readonly entry: PhoneEntryView }
  /** Unknown number, wrong PIN, closed room or no dial-in: one answer for all (no enumeration). */
  | { readonly kind: 'wrongEntry' }
  /** Too many wrong entries from this caller number or for this conference number. */
  | { readonly kind: 'throttled'; readonly retryAfterSeconds: number }
  /** A moderator removed this caller number from the running meeting. */
  | { readonly kind: 'banned' }
  /** The server could not be asked or answered something else (a technical problem, not the caller's fault). */
  | { readonly kind: 'unavailable'; readonly reason: string };

export interface EntryClient {
  enter(request: PhoneEntryRequest): Promise<EntryOutcome>;
}

/**
 * Asks the server (`POST /v1/sip/calls`, authenticated by the gateway secret) whether a caller's conference number and
 * PIN lead into a room. Never throws: network trouble and unexpected answers are `unavailable`.
 */
export function entryClient(options: {
  readonly serverUrl: string;
  readonly secret: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}): EntryClient {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.serverUrl.replace(/\/$/, '')}/v1/sip/calls`;
  return {
    async enter(request) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
      } catch (error) {
        return { kind: 'unavailable', reason: error instanceof Error ? error.name : 'fetch failed' };
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (response.status === 201) {
        const entry = PhoneEntryView.safeParse(body);
        return entry.success ? { kind: 'entered', entry: entry.data } : { kind: 'unavailable', reason: 'bad answer' };
      }
      const error = RestErrorBody.safeParse(body);
      if (!error.success) return { kind: 'unavailable', reason: `status ${response.status}` };
      switch (error.data.error) {
        case 'dialInRejected':
          return { kind: 'wrongEntry' };
        case 'tooManyAttempts':
          return { kind: 'throttled', retryAfterSeconds: error.data.retryAfterSeconds ?? 60 };
        case 'banned':
          return { kind: 'banned' };
        default:
          return { kind: 'unavailable', reason: error.data.error };
      }
    },
  };
}
