import { describe, expect, it } from 'vitest';
import { matchRoute, roomPath } from './matchRoute.js';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-12';

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
});
