import { createHttpClient, type HttpClient } from './http.js';

/** One canned answer of {@link fakeServer}: a status and a JSON body (none for `undefined`). */
export interface FakeAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * For tests: an {@link HttpClient} over an injected `fetch` that records every request (as a `Request`, so tests
 * read method, path, headers and JSON body the way the server would) and gives the answers in order; the last
 * answer repeats.
 */
export function fakeServer(...answers: readonly FakeAnswer[]): { readonly http: HttpClient; readonly seen: Request[] } {
  const seen: Request[] = [];
  const http = createHttpClient(async (input, init) => {
    const answer = answers[Math.min(seen.length, answers.length - 1)] ?? { status: 500 };
    seen.push(new Request(new URL(String(input), 'http://plenum.test'), init));
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  });
  return { http, seen };
}

/** Path and query of a recorded request. */
export function target(request: Request | undefined): string {
  const url = new URL(request?.url ?? 'http://plenum.test/');
  return `${url.pathname}${url.search}`;
}
