import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiFailure, createHttpClient } from './http.js';

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

function fakeFetch(status: number, body: unknown, sent: Sent[] = []): typeof fetch {
  return async (input, init) => {
    sent.push({ url: String(input), init: init ?? {} });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

const headersOf = (sent: Sent) => new Headers(sent.init.headers);
const Ok = z.object({ ok: z.literal(true) });

describe('createHttpClient', () => {
  it('sendsTheCsrfHeaderAndAcceptJsonOnEveryStateChangingRequest', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const sent: Sent[] = [];
      await createHttpClient(fakeFetch(200, { ok: true }, sent)).request('/v1/x', Ok, { method });
      expect(sent[0]?.init.method).toBe(method);
      expect(headersOf(sent[0] as Sent).get('x-plenum-csrf')).toBe('1');
      expect(headersOf(sent[0] as Sent).get('accept')).toBe('application/json');
      expect(sent[0]?.init.credentials).toBe('same-origin');
    }
  });

  it('sendsAcceptButNoCsrfHeaderOnReads', async () => {
    const sent: Sent[] = [];
    await createHttpClient(fakeFetch(200, { ok: true }, sent)).request('/v1/x', Ok);
    expect(sent[0]?.init.method).toBe('GET');
    expect(headersOf(sent[0] as Sent).get('accept')).toBe('application/json');
    expect(headersOf(sent[0] as Sent).has('x-plenum-csrf')).toBe(false);
  });

  it('sendsJsonBodiesWithTheirContentType', async () => {
    const sent: Sent[] = [];
    await createHttpClient(fakeFetch(201, { ok: true }, sent)).request('/v1/x', Ok, {
      method: 'POST',
      json: { title: 'A' },
    });
    expect(headersOf(sent[0] as Sent).get('content-type')).toBe('application/json');
    expect(sent[0]?.init.body).toBe('{"title":"A"}');
  });

  it('turnsErrorsAndUnexpectedAnswersIntoApiFailures', async () => {
    await expect(
      createHttpClient(fakeFetch(403, { error: 'csrfRejected', message: 'no' })).request('/v1/x', Ok),
    ).rejects.toEqual(new ApiFailure('csrfRejected', 403));
    await expect(createHttpClient(fakeFetch(500, 'oops')).request('/v1/x', Ok)).rejects.toMatchObject({
      code: 'httpError',
      status: 500,
    });
    await expect(createHttpClient(fakeFetch(200, { ok: 'yes' })).request('/v1/x', Ok)).rejects.toMatchObject({
      code: 'invalidResponse',
    });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(createHttpClient(offline).request('/v1/x', Ok)).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
