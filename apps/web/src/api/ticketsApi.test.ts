import { describe, expect, it } from 'vitest';
import { createHttpClient } from './http.js';
import { createTicketsApi } from './ticketsApi.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const VIEW = {
  ticket: 'T'.repeat(43),
  expiresAt: '2026-11-26T08:01:00.000Z',
  roomId: ROOM,
  role: 'guest',
  waits: true,
  displayName: 'Gina Gast',
};

function answering(status: number, body: unknown, seen: Request[] = [], headers: Record<string, string> = {}) {
  return createTicketsApi(
    createHttpClient(async (input, init) => {
      seen.push(new Request(new URL(String(input), 'http://plenum.test'), init));
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      });
    }),
  );
}

const problem = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
  const result = await answering(status, body, [], headers).issue(ROOM, 'pw');
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
};

describe('ticketsApi', () => {
  it('postsToTheRoomsTicketsWithTheCsrfHeaderAndNoPasswordWhenNoneIsGiven', async () => {
    const seen: Request[] = [];
    const result = await answering(201, VIEW, seen).issue(ROOM);
    expect(result).toEqual({ ok: true, ticket: VIEW });
    expect(seen[0]?.method).toBe('POST');
    expect(new URL(seen[0]?.url ?? '').pathname).toBe(`/v1/rooms/${ROOM}/tickets`);
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(await seen[0]?.json()).toEqual({});
  });

  it('sendsTheTypedPassword', async () => {
    const seen: Request[] = [];
    await answering(201, VIEW, seen).issue(ROOM, 'geheim');
    expect(await seen[0]?.json()).toEqual({ password: 'geheim' });
  });

  it('namesThePasswordProblems', async () => {
    expect(await problem(401, { error: 'passwordRequired', message: '' })).toEqual({ kind: 'passwordRequired' });
    expect(await problem(403, { error: 'passwordWrong', message: '' })).toEqual({ kind: 'passwordWrong' });
  });

  it('saysHowLongToWaitAfterTooManyAttemptsFromTheBodyOrTheHeader', async () => {
    expect(await problem(429, { error: 'tooManyAttempts', message: '', retryAfterSeconds: 42 })).toEqual({
      kind: 'tooManyAttempts',
      retryAfterSeconds: 42,
    });
    expect(await problem(429, { error: 'tooManyAttempts', message: '' }, { 'retry-after': '17' })).toEqual({
      kind: 'tooManyAttempts',
      retryAfterSeconds: 17,
    });
    expect(await problem(429, { error: 'tooManyAttempts', message: '' })).toEqual({
      kind: 'tooManyAttempts',
      retryAfterSeconds: 30,
    });
  });

  it('namesTheRefusalsThatEndTheAttempt', async () => {
    expect(await problem(401, { error: 'unauthenticated', message: '' })).toEqual({ kind: 'signInRequired' });
    expect(await problem(404, { error: 'roomNotFound', message: '' })).toEqual({ kind: 'notFound' });
    expect(await problem(403, { error: 'featureDisabled', message: '' })).toEqual({ kind: 'guestsDisabled' });
    expect(await problem(410, { error: 'inviteRevoked', message: '' })).toEqual({ kind: 'inviteRevoked' });
    expect(await problem(403, { error: 'banned', message: '' })).toEqual({ kind: 'banned' });
  });

  it('treatsServerTroubleNetworkAndOddAnswersAsUnavailable', async () => {
    expect(await problem(503, { error: 'unavailable', message: '' })).toEqual({ kind: 'unavailable' });
    expect(await problem(201, { ...VIEW, ticket: 'short' })).toEqual({ kind: 'unavailable' });
    const offline = createTicketsApi(
      createHttpClient(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await offline.issue(ROOM)).toEqual({ ok: false, problem: { kind: 'unavailable' } });
  });
});
