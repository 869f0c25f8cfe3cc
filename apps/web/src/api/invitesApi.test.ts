import { describe, expect, it } from 'vitest';
import { fakeServer, target } from './fakeServer.js';
import { createInvitesApi } from './invitesApi.js';

const CODE = 'abcdefghijklmnopqrstuvwx';
const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';

describe('invitesApi', () => {
  it('readsTheInvitation', async () => {
    const invite = { roomTitle: 'Bürgersprechstunde', passwordRequired: true, waitingRoom: true };
    const { http, seen } = fakeServer({ status: 200, body: invite });
    expect(await createInvitesApi(http).get(CODE)).toEqual(invite);
    expect(target(seen[0])).toBe(`/v1/invites/${CODE}`);
    expect(seen[0]?.method).toBe('GET');
  });

  it('redeemsWithNameAndPassword', async () => {
    const { http, seen } = fakeServer({ status: 200, body: { roomId: ROOM, displayName: 'Eva' } });
    expect(await createInvitesApi(http).redeem(CODE, { displayName: 'Eva', password: 'pw12' })).toEqual({
      roomId: ROOM,
      displayName: 'Eva',
    });
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(await seen[0]?.json()).toEqual({ displayName: 'Eva', password: 'pw12' });
  });

  it('passesTheReasonAndTheWaitOn', async () => {
    const gone = fakeServer({ status: 410, body: { error: 'inviteExpired', message: 'expired' } });
    await expect(createInvitesApi(gone.http).get(CODE)).rejects.toMatchObject({ code: 'inviteExpired', status: 410 });
    const limited = fakeServer({
      status: 429,
      body: { error: 'tooManyAttempts', message: 'slow down', retryAfterSeconds: 30 },
      headers: { 'retry-after': '30' },
    });
    await expect(createInvitesApi(limited.http).redeem(CODE, { displayName: 'Eva' })).rejects.toMatchObject({
      code: 'tooManyAttempts',
      retryAfterSeconds: 30,
    });
  });
});
