import { describe, expect, it } from 'vitest';
import { createHttpClient } from './http.js';
import { createRoomsApi } from './roomsApi.js';
import { createSessionApi, loginHref } from './sessionApi.js';

const ME = {
  id: 'u1',
  tenantId: 'land',
  tenantName: 'Land',
  displayName: 'Ada Admin',
  email: 'admin@land.example',
  locale: 'de',
  isAdmin: true,
};

function answering(status: number, body: unknown, seen: Request[] = []) {
  return createHttpClient(async (input, init) => {
    seen.push(new Request(new URL(String(input), 'http://plenum.test'), init));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
}

describe('sessionApi', () => {
  it('readsTheSignedInUser', async () => {
    expect(await createSessionApi(answering(200, ME)).me()).toEqual(ME);
  });

  it('treats401AsSignedOutAndOtherFailuresAsErrors', async () => {
    expect(await createSessionApi(answering(401, { error: 'unauthenticated' })).me()).toBeNull();
    await expect(createSessionApi(answering(503, { error: 'unavailable' })).me()).rejects.toMatchObject({
      status: 503,
    });
    await expect(createSessionApi(answering(200, { ...ME, isAdmin: 'yes' })).me()).rejects.toMatchObject({
      code: 'invalidResponse',
    });
  });

  it('logsOutWithTheCsrfHeaderAndReturnsWhereToGo', async () => {
    const seen: Request[] = [];
    const target = await createSessionApi(answering(200, { redirectTo: 'http://idp/end?x=1' }, seen)).logout();
    expect(target).toBe('http://idp/end?x=1');
    expect(seen[0]?.method).toBe('POST');
    expect(new URL(seen[0]?.url ?? '').pathname).toBe('/auth/logout');
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(seen[0]?.headers.get('accept')).toBe('application/json');
  });

  it('buildsTheLoginLinkBackToARelativePathOnly', () => {
    expect(loginHref('/r/abc?x=1#y')).toBe(`/auth/login?returnTo=${encodeURIComponent('/r/abc?x=1#y')}`);
    expect(loginHref('/')).toBe('/auth/login?returnTo=%2F');
    expect(loginHref('//evil.example/')).toBe('/auth/login?returnTo=%2F');
    expect(loginHref('/login-failed?reason=loginFailed')).toBe('/auth/login?returnTo=%2F');
  });
});

describe('roomsApi', () => {
  it('createsRoomsWithTheCsrfHeader', async () => {
    const seen: Request[] = [];
    const id = 'AbCdEfGhIjKlMnOpQrSt_-12';
    const view = {
      id,
      title: 'Rat',
      createdAt: '2026-11-26T08:00:00.000Z',
      url: `http://localhost/r/${id}`,
      waitingRoom: 'off',
      guestAccess: 'direct',
      hasPassword: false,
    };
    const room = await createRoomsApi(answering(201, view, seen)).create('  Rat ');
    expect(room.id).toBe(id);
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(await seen[0]?.json()).toEqual({ title: 'Rat' });
  });
});
