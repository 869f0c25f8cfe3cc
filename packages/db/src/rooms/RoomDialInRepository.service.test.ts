import type { RoomId } from '@plenum/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantRepository } from '../identity/TenantRepository.js';
import { UserRepository } from '../identity/UserRepository.js';
import { migrateToLatest } from '../migrateToLatest.js';
import { openScratchDatabase, type ScratchDatabase } from '../testing/index.js';
import { newRoomId } from './newRoomId.js';
import type { RoomOwnerScope } from './Room.js';
import { RoomDialInRepository } from './RoomDialInRepository.js';
import { RoomRepository } from './RoomRepository.js';

const TEN_DIGITS = /^[0-9]{10}$/;

describe.each(['postgres', 'pglite'] as const)('RoomDialInRepository on %s', (kind) => {
  let scratch: ScratchDatabase;
  let dialIn: RoomDialInRepository;
  let rooms: RoomRepository;
  let olga: RoomOwnerScope;
  let bert: RoomOwnerScope;

  const user = async (tenantId: string, subject: string) =>
    (
      await new UserRepository(scratch.db).upsertFromLogin({
        issuer: 'https://idp.test.invalid',
        subject,
        tenantId,
        displayName: subject,
        email: null,
        locale: null,
        isAdmin: false,
      })
    ).id;
  const roomOf = async (scope: RoomOwnerScope): Promise<RoomId> =>
    (await rooms.create({ id: newRoomId(), title: 'Rat', tenantId: scope.tenantId, ownerId: scope.ownerId })).id;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    dialIn = new RoomDialInRepository(scratch.db);
    rooms = new RoomRepository(scratch.db);
    const tenants = new TenantRepository(scratch.db);
    await tenants.ensure({ id: 'alpha', name: 'Alpha' });
    await tenants.ensure({ id: 'bravo', name: 'Bravo' });
    olga = { tenantId: 'alpha', ownerId: await user('alpha', 'olga') };
    bert = { tenantId: 'bravo', ownerId: await user('bravo', 'bert') };
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('enablesOnceShowsRegeneratesAndDisablesForTheOwner', async () => {
    const room = await roomOf(olga);
    expect(await dialIn.get(olga, room)).toBeUndefined();
    const enabled = await dialIn.enable(olga, room);
    expect(enabled?.conferenceNumber).toMatch(TEN_DIGITS);
    expect(enabled?.pin).toMatch(TEN_DIGITS);
    expect(await dialIn.enable(olga, room)).toEqual(enabled);
    expect(await dialIn.get(olga, room)).toEqual(enabled);
    const renewed = await dialIn.regenerate(olga, room);
    expect(renewed?.conferenceNumber).toMatch(TEN_DIGITS);
    expect(renewed?.conferenceNumber).not.toBe(enabled?.conferenceNumber);
    expect(renewed?.pin).not.toBe(enabled?.pin);
    expect(await dialIn.disable(olga, room)).toBe(true);
    expect(await dialIn.get(olga, room)).toBeUndefined();
    expect(await dialIn.disable(olga, room)).toBe(false);
    expect(await dialIn.regenerate(olga, room)).toBeUndefined();
  });

  it('doesNothingForAnotherTenantOrOwnerOrAClosedRoom', async () => {
    const room = await roomOf(olga);
    const spoofed = { tenantId: 'bravo', ownerId: olga.ownerId };
    for (const scope of [bert, spoofed]) {
      expect(await dialIn.enable(scope, room)).toBeUndefined();
      expect(await dialIn.get(scope, room)).toBeUndefined();
    }
    const enabled = await dialIn.enable(olga, room);
    for (const scope of [bert, spoofed]) {
      expect(await dialIn.get(scope, room)).toBeUndefined();
      expect(await dialIn.regenerate(scope, room)).toBeUndefined();
      expect(await dialIn.disable(scope, room)).toBe(false);
    }
    expect(await dialIn.get(olga, room)).toEqual(enabled);
    await rooms.closeOwned(olga, room);
    expect(await dialIn.get(olga, room)).toBeUndefined();
    expect(await dialIn.findByConferenceNumber(enabled?.conferenceNumber ?? '')).toBeUndefined();
  });

  it('findsTheOpenRoomAndItsTenantByConferenceNumber', async () => {
    const room = await roomOf(bert);
    const enabled = await dialIn.enable(bert, room);
    if (!enabled) throw new Error('not enabled');
    expect(await dialIn.findByConferenceNumber(enabled.conferenceNumber)).toEqual({ ...enabled, tenantId: 'bravo' });
    expect(await dialIn.findByConferenceNumber('0000000000')).toBeUndefined();
  });

  it('drawsAnotherNumberWhenTheFirstIsTaken', async () => {
    const taken = await dialIn.enable(olga, await roomOf(olga));
    if (!taken) throw new Error('not enabled');
    const draws = [taken.conferenceNumber, taken.conferenceNumber, '0000000042'];
    const colliding = new RoomDialInRepository(scratch.db, () => draws.shift() ?? '0000000043');
    const second = await colliding.enable(olga, await roomOf(olga));
    expect(second?.conferenceNumber).toBe('0000000042');
    expect(draws).toEqual([]);
    const third = await roomOf(olga);
    await expect(new RoomDialInRepository(scratch.db, () => '0000000042').enable(olga, third)).rejects.toThrow();
    expect(await dialIn.get(olga, third)).toBeUndefined();
  });
});
