import { describe, expect, it } from 'vitest';
import { createDialInApi } from '../api/dialInApi.js';
import { type FakeAnswer, fakeServer, target } from '../api/fakeServer.js';
import { loadOwnerDialIn } from './ownerDialIn.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const ON = { enabled: true, conferenceNumber: '0123456789', pin: '9876543210', dialInNumber: null };
const load = (answer: FakeAnswer) => {
  const server = fakeServer(answer);
  return { result: loadOwnerDialIn(createDialInApi(server.http), ROOM), seen: server.seen };
};

describe('loadOwnerDialIn', () => {
  it('givesTheDetailsWhileDialInIsOn', async () => {
    const { result, seen } = load({ status: 200, body: ON });
    expect(await result).toEqual(ON);
    expect(target(seen[0])).toBe(`/v1/rooms/${ROOM}/sip`);
  });

  it('givesNothingWhileDialInIsOff', async () => {
    expect(await load({ status: 200, body: { enabled: false } }).result).toBeNull();
  });

  it('givesNothingQuietlyWhenRefusedOrBroken', async () => {
    for (const answer of [
      { status: 403, body: { error: 'featureDisabled' } },
      { status: 404, body: { error: 'roomNotFound' } },
      { status: 401, body: { error: 'unauthenticated' } },
      { status: 500 },
      { status: 200, body: { enabled: true } },
    ]) {
      await expect(load(answer).result).resolves.toBeNull();
    }
  });
});
