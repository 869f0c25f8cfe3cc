import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantRepository } from '../identity/TenantRepository.js';
import { migrateToLatest } from '../migrateToLatest.js';
import { newRoomId } from '../rooms/newRoomId.js';
import { RoomRepository } from '../rooms/RoomRepository.js';
import { openScratchDatabase, type ScratchDatabase } from '../testing/index.js';
import { type GuestLinkScope, guestLinkState, type NewGuestLink } from './GuestLink.js';
import { GuestLinkRepository } from './GuestLinkRepository.js';

const token = () => randomBytes(16).toString('base64url');
const link = (over: Partial<NewGuestLink> = {}): NewGuestLink => ({
  id: token(),
  code: token(),
  label: '',
  createdBy: null,
  expiresAt: null,
  maxUses: null,
  ...over,
});
const session = (displayName = 'Gast') => ({
  idHash: token(),
  displayName,
  expiresAt: new Date(Date.now() + 3_600_000),
});

describe.each(['postgres', 'pglite'] as const)('GuestLinkRepository on %s', (kind) => {
  let scratch: ScratchDatabase;
  let links: GuestLinkRepository;
  let alphaRoom: GuestLinkScope;
  let bravoRoom: GuestLinkScope;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    links = new GuestLinkRepository(scratch.db);
    const tenants = new TenantRepository(scratch.db);
    const rooms = new RoomRepository(scratch.db);
    await tenants.ensure({ id: 'alpha', name: 'Alpha' });
    await tenants.ensure({ id: 'bravo', name: 'Bravo' });
    const a = await rooms.create({ id: newRoomId(), title: 'a', tenantId: 'alpha' });
    const b = await rooms.create({ id: newRoomId(), title: 'b', tenantId: 'bravo' });
    alphaRoom = { tenantId: 'alpha', roomId: a.id };
    bravoRoom = { tenantId: 'bravo', roomId: b.id };
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('listsCountsAndRevokesOnlyWithinTheTenantAndRoom', async () => {
    const mine = await links.create(alphaRoom, link({ label: 'Presse', maxUses: 3 }));
    await links.create(bravoRoom, link());
    expect((await links.list(alphaRoom)).map((l) => l.id)).toContain(mine.id);
    expect((await links.list(bravoRoom)).map((l) => l.id)).not.toContain(mine.id);
    // The right room id under the wrong tenant sees nothing and cannot revoke.
    const spoofed = { tenantId: 'bravo', roomId: alphaRoom.roomId };
    expect(await links.list(spoofed)).toEqual([]);
    expect(await links.count(spoofed)).toBe(0);
    expect(await links.revoke(spoofed, mine.id)).toBeUndefined();
    expect((await links.findByCode(mine.code))?.revokedAt).toBeNull();
    const revoked = await links.revoke(alphaRoom, mine.id);
    expect(revoked?.revokedAt).not.toBeNull();
    const again = await links.revoke(alphaRoom, mine.id);
    if (!again) throw new Error('link vanished');
    expect(again.revokedAt).toBe(revoked?.revokedAt);
    expect(guestLinkState(again, new Date())).toBe('revoked');
  });

  it('neverRedeemsMoreThanTheUseLimitEvenWhenGuestsArriveTogether', async () => {
    const limited = await links.create(alphaRoom, link({ maxUses: 2 }));
    const results = await Promise.all(
      Array.from({ length: 5 }, () => links.redeem(limited.code, new Date(), session())),
    );
    expect(results.filter((r) => r !== undefined)).toHaveLength(2);
    const after = await links.findByCode(limited.code);
    if (!after) throw new Error('link vanished');
    expect(after.uses).toBe(2);
    expect(guestLinkState(after, new Date())).toBe('usedUp');
  });

  it('refusesExpiredAndRevokedLinksAndOpensASessionForAGoodOne', async () => {
    const expired = await links.create(alphaRoom, link({ expiresAt: new Date(Date.now() - 1000) }));
    expect(await links.redeem(expired.code, new Date(), session())).toBeUndefined();
    expect(guestLinkState(expired, new Date())).toBe('expired');
    const good = await links.create(alphaRoom, link({ expiresAt: new Date(Date.now() + 60_000) }));
    const guest = session('Erika');
    const used = await links.redeem(good.code, new Date(), guest);
    expect(used?.uses).toBe(1);
    const found = await links.findSession(guest.idHash);
    expect(found).toMatchObject({
      roomId: alphaRoom.roomId,
      tenantId: 'alpha',
      displayName: 'Erika',
      linkRevoked: false,
    });
    await links.revoke(alphaRoom, good.id);
    expect((await links.findSession(guest.idHash))?.linkRevoked).toBe(true);
    expect(await links.redeem(good.code, new Date(), session())).toBeUndefined();
    await links.deleteSession(guest.idHash);
    expect(await links.findSession(guest.idHash)).toBeUndefined();
  });

  it('revokesFromAMeetingOnlyALinkOfThatRoom', async () => {
    const mine = await links.create(alphaRoom, link({ label: 'Einzeln', maxUses: 1 }));
    expect(await links.revokeInRoom(bravoRoom.roomId, mine.id)).toBeUndefined();
    expect((await links.findByCode(mine.code))?.revokedAt).toBeNull();
    const revoked = await links.revokeInRoom(alphaRoom.roomId, mine.id);
    expect(revoked).toMatchObject({ id: mine.id, label: 'Einzeln' });
    expect(revoked?.revokedAt).not.toBeNull();
    const guest = session();
    expect(await links.redeem(mine.code, new Date(), guest)).toBeUndefined();
  });

  it('givesAReleasedSessionsUseBackAndEndsItInOneGo', async () => {
    const l = await links.create(alphaRoom, link({ maxUses: 1 }));
    const first = session();
    await links.redeem(l.code, new Date(), first);
    expect((await links.findSession(first.idHash))?.linkMaxUses).toBe(1);
    expect(await links.redeem(l.code, new Date(), session())).toBeUndefined();
    expect(await links.releaseSession(first.idHash)).toBe(true);
    expect(await links.findSession(first.idHash)).toBeUndefined();
    expect((await links.findByCode(l.code))?.uses).toBe(0);
    // Released twice, or never there: nothing changes.
    expect(await links.releaseSession(first.idHash)).toBe(false);
    expect((await links.findByCode(l.code))?.uses).toBe(0);
    expect(await links.redeem(l.code, new Date(), session())).toBeDefined();
    expect((await links.findByCode(l.code))?.uses).toBe(1);
  });

  it('removesExpiredGuestSessions', async () => {
    const l = await links.create(alphaRoom, link());
    const old = { ...session(), expiresAt: new Date(Date.now() - 1000) };
    await links.redeem(l.code, new Date(), old);
    expect(await links.deleteExpiredSessions(new Date())).toBeGreaterThanOrEqual(1);
    expect(await links.findSession(old.idHash)).toBeUndefined();
  });
});
