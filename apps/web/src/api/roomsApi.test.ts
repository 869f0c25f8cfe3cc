import { describe, expect, it } from 'vitest';
import { fakeServer, target } from './fakeServer.js';
import { createRoomsApi, roomListQuery } from './roomsApi.js';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-12';
const ROOM = {
  id: ID,
  title: 'Rat',
  createdAt: '2026-11-26T08:00:00.000Z',
  url: `http://localhost/r/${ID}`,
  waitingRoom: 'off',
  guestAccess: 'disabled',
  hasPassword: false,
};

describe('roomsApi', () => {
  it('listsMyRoomsPageByPage', async () => {
    const { http, seen } = fakeServer(
      { status: 200, body: { rooms: [ROOM], nextCursor: 'c2' } },
      { status: 200, body: { rooms: [], nextCursor: null } },
    );
    const api = createRoomsApi(http);
    expect(await api.list()).toEqual({ rooms: [ROOM], nextCursor: 'c2' });
    expect(await api.list({ cursor: 'c2', limit: 20 })).toEqual({ rooms: [], nextCursor: null });
    expect(seen.map(target)).toEqual(['/v1/rooms', '/v1/rooms?limit=20&cursor=c2']);
    expect(seen[0]?.method).toBe('GET');
  });

  it('buildsTheListQueryWithoutEmptyParts', () => {
    expect(roomListQuery({})).toBe('');
    expect(roomListQuery({ cursor: null })).toBe('');
    expect(roomListQuery({ cursor: 'a+b/=' })).toBe('?cursor=a%2Bb%2F%3D');
  });

  it('updatesOnlyTheFieldsGivenWithTheCsrfHeader', async () => {
    const { http, seen } = fakeServer({ status: 200, body: { ...ROOM, hasPassword: true } });
    const room = await createRoomsApi(http).update(ID, { password: 'geheim', waitingRoom: 'guests' });
    expect(room.hasPassword).toBe(true);
    expect(seen[0]?.method).toBe('PATCH');
    expect(target(seen[0])).toBe(`/v1/rooms/${ID}`);
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(await seen[0]?.json()).toEqual({ password: 'geheim', waitingRoom: 'guests' });
  });

  it('sendsNullToRemoveThePassword', async () => {
    const { http, seen } = fakeServer({ status: 200, body: ROOM });
    await createRoomsApi(http).update(ID, { password: null });
    expect(await seen[0]?.json()).toEqual({ password: null });
  });

  it('passesTypedRefusalsOn', async () => {
    const { http } = fakeServer({ status: 403, body: { error: 'featureDisabled', message: 'no guests' } });
    await expect(createRoomsApi(http).update(ID, { guestAccess: 'direct' })).rejects.toMatchObject({
      code: 'featureDisabled',
      status: 403,
    });
  });

  it('deletesWithTheCsrfHeaderAndAnEmptyAnswer', async () => {
    const { http, seen } = fakeServer({ status: 204 });
    await expect(createRoomsApi(http).remove(ID)).resolves.toBeUndefined();
    expect(seen[0]?.method).toBe('DELETE');
    expect(target(seen[0])).toBe(`/v1/rooms/${ID}`);
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
  });

  it('createsWithoutATitleWhenNoneIsGiven', async () => {
    const { http, seen } = fakeServer({ status: 201, body: ROOM });
    await createRoomsApi(http).create('   ');
    expect(await seen[0]?.json()).toEqual({});
    await expect(
      createRoomsApi(fakeServer({ status: 401, body: { error: 'unauthenticated' } }).http).create('x'),
    ).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
  });
});
