import { describe, expect, it } from 'vitest';
import { invitePath, matchRoute, roomPath } from './matchRoute.js';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-12';
const CODE = 'abcdefghijklmnopqrstuvwxyz_-0123';

describe('matchRoute', () => {
  it('matchesStartAndRoomRoutes', () => {
    expect(matchRoute('/')).toEqual({ name: 'start' });
    expect(matchRoute(`/r/${ID}`)).toEqual({ name: 'room', roomId: ID });
    expect(matchRoute(`/r/${ID}/`)).toEqual({ name: 'room', roomId: ID });
    expect(matchRoute(roomPath(ID))).toEqual({ name: 'room', roomId: ID });
    expect(matchRoute('/login-failed')).toEqual({ name: 'loginFailed' });
  });

  it('treatsMalformedIdsAndUnknownPathsAsNotFound', () => {
    expect(matchRoute('/r/short')).toEqual({ name: 'notFound' });
    expect(matchRoute('/r/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(matchRoute(`/r/${ID}/extra`)).toEqual({ name: 'notFound' });
    expect(matchRoute('/admin')).toEqual({ name: 'notFound' });
  });

  it('matchesInviteCodesAsIssued', () => {
    expect(matchRoute(`/i/${CODE}`)).toEqual({ name: 'invite', code: CODE });
    expect(matchRoute(`/i/${CODE}/`)).toEqual({ name: 'invite', code: CODE });
    expect(matchRoute(invitePath(CODE))).toEqual({ name: 'invite', code: CODE });
  });

  it('treatsMalformedInviteCodesAsNotFound', () => {
    expect(matchRoute('/i/short')).toEqual({ name: 'notFound' });
    expect(matchRoute(`/i/${CODE}!`)).toEqual({ name: 'notFound' });
    expect(matchRoute('/i/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(matchRoute(`/i/${CODE}/extra`)).toEqual({ name: 'notFound' });
    expect(matchRoute('/i/')).toEqual({ name: 'notFound' });
  });
});
