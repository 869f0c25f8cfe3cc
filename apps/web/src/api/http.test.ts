import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiFailure, createHttpClient, parseRetryAfter } from './http.js';

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

function fakeFetch(
  status: number,
  body: unknown,
  sent: Sent[] = [],
  headers: Record<string, string> = {},
): typeof fetch {
  return async (input, init) => {
    sent.push({ url: String(input), init: init ?? {} });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
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

  it('carriesTheRefusedFieldsOfAnInvalidBody', async () => {
    const body = {
      error: 'invalidBody',
      message: 'bad',
      issues: [{ path: 'displayName', message: 'must not be empty' }],
    };
    const failure = await createHttpClient(fakeFetch(400, body))
      .request('/v1/x', Ok, { method: 'POST', json: {} })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ code: 'invalidBody', status: 400, issues: body.issues });
  });

  it('carriesRetryAfterSecondsFromTheBodyElseFromTheHeader', async () => {
    const limited = { error: 'tooManyAttempts', message: 'wait' };
    await expect(
      createHttpClient(fakeFetch(429, { ...limited, retryAfterSeconds: 42 }, [], { 'retry-after': '7' })).request(
        '/v1/x',
        Ok,
      ),
    ).rejects.toMatchObject({ code: 'tooManyAttempts', status: 429, retryAfterSeconds: 42 });
    await expect(
      createHttpClient(fakeFetch(429, limited, [], { 'retry-after': '7' })).request('/v1/x', Ok),
    ).rejects.toMatchObject({ retryAfterSeconds: 7 });
    await expect(createHttpClient(fakeFetch(429, limited)).request('/v1/x', Ok)).rejects.toMatchObject({
      retryAfterSeconds: undefined,
      issues: [],
    });
  });

  it('keepsTheCodeWhenOptionalPartsOfTheErrorBodyAreMalformed', async () => {
    await expect(
      createHttpClient(
        fakeFetch(429, { error: 'tooManyAttempts', issues: 'nope', retryAfterSeconds: -1 }, [], { 'retry-after': '3' }),
      ).request('/v1/x', Ok),
    ).rejects.toMatchObject({ code: 'tooManyAttempts', issues: [], retryAfterSeconds: 3 });
  });

  it('readsRetryAfterAsDelaySecondsOnly', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(' 5 ')).toBe(5);
    expect(parseRetryAfter('0')).toBeUndefined();
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('acceptsEmptyAnswersForRequestsWithoutContent', async () => {
    const sent: Sent[] = [];
    await expect(
      createHttpClient(fakeFetch(204, undefined, sent)).requestNoContent('/v1/x/1', { method: 'DELETE' }),
    ).resolves.toBeUndefined();
    expect(sent[0]?.init.method).toBe('DELETE');
    expect(headersOf(sent[0] as Sent).get('x-plenum-csrf')).toBe('1');
    await expect(
      createHttpClient(fakeFetch(404, { error: 'roomNotFound', message: 'no' })).requestNoContent('/v1/x/1', {
        method: 'DELETE',
      }),
    ).rejects.toMatchObject({ code: 'roomNotFound', status: 404 });
  });
});
