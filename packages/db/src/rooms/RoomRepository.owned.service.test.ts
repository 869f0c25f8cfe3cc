import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantRepository } from '../identity/TenantRepository.js';
import { UserRepository } from '../identity/UserRepository.js';
import { migrateToLatest } from '../migrateToLatest.js';
import { openScratchDatabase, type ScratchDatabase } from '../testing/index.js';
import { newRoomId } from './newRoomId.js';
import type { RoomOwnerScope } from './Room.js';
import { RoomRepository } from './RoomRepository.js';

describe.each(['postgres', 'pglite'] as const)('RoomRepository owner queries on %s', (kind) => {
  let scratch: ScratchDatabase;
  let rooms: RoomRepository;
  let mine: RoomOwnerScope;
  let colleague: RoomOwnerScope;
  /** My user id, but claimed from another tenant: must see nothing. */
  let wrongTenant: RoomOwnerScope;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    rooms = new RoomRepository(scratch.db);
    const tenants = new TenantRepository(scratch.db);
    const users = new UserRepository(scratch.db);
    await tenants.ensure({ id: 'alpha', name: 'Alpha' });
    await tenants.ensure({ id: 'bravo', name: 'Bravo' });
    const profile = { issuer: 'i', tenantId: 'alpha', displayName: 'A', email: null, locale: null, isAdmin: false };
    const me = await users.upsertFromLogin({ ...profile, subject: 'me' });
    const other = await users.upsertFromLogin({ ...profile, subject: 'other' });
    mine = { tenantId: 'alpha', ownerId: me.id };
    colleague = { tenantId: 'alpha', ownerId: other.id };
    wrongTenant = { tenantId: 'bravo', ownerId: me.id };
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('newRoomsHaveTheSafeDefaults', async () => {
    const room = await rooms.create({ id: newRoomId(), title: 't', ownerId: mine.ownerId, tenantId: 'alpha' });
    expect(room).toMatchObject({
      ownerId: mine.ownerId,
      waitingRoom: 'off',
      guestAccess: 'disabled',
      hasPassword: false,
    });
  });

  it('findsARoomOnlyInItsTenantAndOnlyForItsOwnerWhileOpen', async () => {
    const room = await rooms.create({ id: newRoomId(), title: 'x', ownerId: mine.ownerId, tenantId: 'alpha' });
    expect((await rooms.findInTenant('alpha', room.id))?.id).toBe(room.id);
    expect(await rooms.findInTenant('bravo', room.id)).toBeUndefined();
    expect((await rooms.findOwned(mine, room.id))?.id).toBe(room.id);
    expect(await rooms.findOwned(colleague, room.id)).toBeUndefined();
    expect(await rooms.findOwned(wrongTenant, room.id)).toBeUndefined();
    expect(await rooms.passwordHashOf(room.id)).toBeNull();
    await rooms.updateOwned(mine, room.id, { passwordHash: 'scrypt$x' });
    expect(await rooms.passwordHashOf(room.id)).toBe('scrypt$x');
    expect(await rooms.passwordHashOf(newRoomId())).toBeUndefined();
    await rooms.closeOwned(mine, room.id);
    expect(await rooms.findInTenant('alpha', room.id)).toBeUndefined();
    expect(await rooms.findOwned(mine, room.id)).toBeUndefined();
  });

  it('listsOnlyTheScopesOpenRoomsNewestFirstAndPagesWithoutGapsOrRepeats', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await rooms.create({ id: newRoomId(), title: `r${i}`, ownerId: mine.ownerId, tenantId: 'alpha' })).id);
    }
    await rooms.create({ id: newRoomId(), title: 'theirs', ownerId: colleague.ownerId, tenantId: 'alpha' });
    const closed = await rooms.create({ id: newRoomId(), title: 'gone', ownerId: mine.ownerId, tenantId: 'alpha' });
    await rooms.closeOwned(mine, closed.id);
    const seen: { title: string; key: string }[] = [];
    let after: { createdAt: string; id: string } | undefined;
    for (;;) {
      const page = await rooms.listOwned(mine, { limit: 2, after });
      seen.push(...page.map((r) => ({ title: r.title, key: `${r.createdAt} ${r.id}` })));
      const last = page.at(-1);
      if (!last) break;
      after = { createdAt: last.createdAt, id: last.id };
    }
    // Rooms made within one millisecond are ordered by id, so the expectation is the sort, not the insertion order.
    expect(seen.map((r) => r.title).sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 't']);
    const keys = seen.map((r) => r.key);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(await rooms.listOwned(wrongTenant, { limit: 100 })).toEqual([]);
  });

  it('changesAndClosesOnlyWithinTheScope', async () => {
    const room = await rooms.create({ id: newRoomId(), title: 'x', ownerId: mine.ownerId, tenantId: 'alpha' });
    for (const scope of [colleague, wrongTenant]) {
      expect(await rooms.updateOwned(scope, room.id, { title: 'taken' })).toBeUndefined();
      expect(await rooms.updateOwned(scope, room.id, {})).toBeUndefined();
      expect(await rooms.closeOwned(scope, room.id)).toBeUndefined();
    }
    expect(await rooms.findById(room.id)).toEqual(room);
    const changed = await rooms.updateOwned(mine, room.id, { waitingRoom: 'everyone', passwordHash: 'scrypt$h' });
    expect(changed).toMatchObject({ title: 'x', waitingRoom: 'everyone', hasPassword: true });
    expect(await rooms.updateOwned(mine, room.id, {})).toEqual(changed);
    expect((await rooms.closeOwned(mine, room.id))?.closedAt).not.toBeNull();
    expect(await rooms.updateOwned(mine, room.id, { title: 'after' })).toBeUndefined();
  });
});
