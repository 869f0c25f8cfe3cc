import { describe, expect, it } from 'vitest';
import { fakeServer, target } from './fakeServer.js';
import { createGuestLinksApi } from './guestLinksApi.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const LINK = {
  id: 'link-0123456789abcdef',
  roomId: ROOM,
  url: 'http://localhost/i/abcdefghijklmnopqrstuvwx',
  label: 'Presse',
  createdAt: '2026-11-26T08:00:00.000Z',
  expiresAt: '2026-12-03T08:00:00.000Z',
  maxUses: 10,
  uses: 2,
  revokedAt: null,
  state: 'active',
};

describe('guestLinksApi', () => {
  it('listsTheLinksOfARoom', async () => {
    const { http, seen } = fakeServer({ status: 200, body: { links: [LINK] } });
    expect(await createGuestLinksApi(http).list(ROOM)).toEqual([LINK]);
    expect(target(seen[0])).toBe(`/v1/rooms/${ROOM}/guest-links`);
    expect(seen[0]?.method).toBe('GET');
  });

  it('createsALinkWithTheCsrfHeader', async () => {
    const { http, seen } = fakeServer({ status: 201, body: LINK });
    const link = await createGuestLinksApi(http).create(ROOM, {
      label: 'Presse',
      expiresAt: '2026-12-03T08:00:00.000Z',
      maxUses: 10,
    });
    expect(link.url).toBe(LINK.url);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(await seen[0]?.json()).toEqual({ label: 'Presse', expiresAt: '2026-12-03T08:00:00.000Z', maxUses: 10 });
  });

  it('tellsWhenGuestsAreNotAllowed', async () => {
    const { http } = fakeServer({ status: 403, body: { error: 'featureDisabled', message: 'guests off' } });
    await expect(createGuestLinksApi(http).create(ROOM, {})).rejects.toMatchObject({ code: 'featureDisabled' });
  });

  it('revokesByDeletingTheLink', async () => {
    const { http, seen } = fakeServer({ status: 204 });
    await createGuestLinksApi(http).revoke(ROOM, LINK.id);
    expect(seen[0]?.method).toBe('DELETE');
    expect(target(seen[0])).toBe(`/v1/rooms/${ROOM}/guest-links/${LINK.id}`);
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
  });
});
