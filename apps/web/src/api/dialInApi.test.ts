import { describe, expect, it } from 'vitest';
import { createDialInApi, dialInProblemOf } from './dialInApi.js';
import { fakeServer, target } from './fakeServer.js';
import { ApiFailure } from './http.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const ON = { enabled: true, conferenceNumber: '0123456789', pin: '9876543210', dialInNumber: '+49 30 1234567' };

describe('dialInApi', () => {
  it('showsTheDialInOfARoom', async () => {
    const { http, seen } = fakeServer({ status: 200, body: ON }, { status: 200, body: { enabled: false } });
    const api = createDialInApi(http);
    expect(await api.get(ROOM)).toEqual(ON);
    expect(await api.get(ROOM)).toEqual({ enabled: false });
    expect(seen.map((r) => `${r.method} ${target(r)}`)).toEqual([
      `GET /v1/rooms/${ROOM}/sip`,
      `GET /v1/rooms/${ROOM}/sip`,
    ]);
  });

  it('keepsANullDialInNumberWhenTheInstallationNamesNone', async () => {
    const { http } = fakeServer({ status: 200, body: { ...ON, dialInNumber: null } });
    expect(await createDialInApi(http).get(ROOM)).toEqual({ ...ON, dialInNumber: null });
  });

  it('enablesRegeneratesAndDisablesWithTheCsrfHeader', async () => {
    const { http, seen } = fakeServer({ status: 200, body: ON }, { status: 200, body: ON }, { status: 204 });
    const api = createDialInApi(http);
    expect(await api.enable(ROOM)).toEqual(ON);
    expect(await api.regenerate(ROOM)).toEqual(ON);
    await expect(api.disable(ROOM)).resolves.toBeUndefined();
    expect(seen.map((r) => `${r.method} ${target(r)}`)).toEqual([
      `PUT /v1/rooms/${ROOM}/sip`,
      `POST /v1/rooms/${ROOM}/sip/regenerate`,
      `DELETE /v1/rooms/${ROOM}/sip`,
    ]);
    expect(seen.map((r) => r.headers.get('x-plenum-csrf'))).toEqual(['1', '1', '1']);
  });

  it('escapesTheRoomIdInThePath', async () => {
    const { http, seen } = fakeServer({ status: 200, body: { enabled: false } });
    await createDialInApi(http).get('a/b?c');
    expect(target(seen[0])).toBe('/v1/rooms/a%2Fb%3Fc/sip');
  });

  it('refusesAnAnswerThatIsNotADialInView', async () => {
    for (const body of [
      { enabled: true, conferenceNumber: '123', pin: '9876543210', dialInNumber: null },
      { pin: 1 },
    ]) {
      await expect(createDialInApi(fakeServer({ status: 200, body }).http).get(ROOM)).rejects.toMatchObject({
        code: 'invalidResponse',
      });
    }
  });

  it('readsRefusalsAsDialInProblems', async () => {
    const problemOf = async (status: number, body?: unknown) => {
      try {
        await createDialInApi(fakeServer({ status, body }).http).regenerate(ROOM);
      } catch (error) {
        return dialInProblemOf(error);
      }
      throw new Error('expected a refusal');
    };
    expect(await problemOf(403, { error: 'featureDisabled', message: 'off' })).toBe('featureDisabled');
    expect(await problemOf(404, { error: 'roomNotFound' })).toBe('roomNotFound');
    expect(await problemOf(404, { error: 'notFound' })).toBe('notEnabled');
    expect(await problemOf(401, { error: 'unauthenticated' })).toBe('signedOut');
    expect(await problemOf(401)).toBe('signedOut');
    expect(await problemOf(500)).toBe('other');
    expect(dialInProblemOf(new ApiFailure('network', 0))).toBe('network');
    expect(dialInProblemOf(new Error('boom'))).toBe('other');
  });
});
