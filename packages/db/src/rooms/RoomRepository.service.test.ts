import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrateToLatest.js';
import { openScratchDatabase, type ScratchDatabase } from '../testing/index.js';
import { newRoomId } from './newRoomId.js';
import { RoomRepository } from './RoomRepository.js';
import type { RoomStore } from './RoomStore.js';

describe.each(['postgres', 'pglite'] as const)('RoomRepository on %s', (kind) => {
  let scratch: ScratchDatabase;
  let rooms: RoomStore;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    rooms = new RoomRepository(scratch.db);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('returnsTheCreatedRoomAsStored', async () => {
    const before = Date.now();
    const id = newRoomId();
    const created = await rooms.create({ id, title: 'Gemeinderat', createdBy: 'user-1', tenantId: 'tenant-1' });
    expect(created).toEqual({
      id,
      title: 'Gemeinderat',
      createdAt: expect.any(String),
      createdBy: 'user-1',
      tenantId: 'tenant-1',
      closedAt: null,
      ownerId: null,
      waitingRoom: 'off',
      guestAccess: 'disabled',
      hasPassword: false,
    });
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(created.createdAt)).toBeGreaterThanOrEqual(before - 5_000);
    expect(Date.parse(created.createdAt)).toBeLessThanOrEqual(Date.now() + 5_000);
    expect(await rooms.findById(id)).toEqual(created);
  });

  it('storesNullForOmittedCreatorAndTenant', async () => {
    const id = newRoomId();
    await rooms.create({ id, title: 'Ausschuss' });
    expect(await rooms.findById(id)).toMatchObject({ createdBy: null, tenantId: null, closedAt: null });
  });

  it('findsNothingForAnUnknownId', async () => {
    expect(await rooms.findById(newRoomId())).toBeUndefined();
  });

  it('rejectsADuplicateId', async () => {
    const id = newRoomId();
    await rooms.create({ id, title: 'first' });
    await expect(rooms.create({ id, title: 'second' })).rejects.toThrow(/duplicate key|unique/i);
    expect((await rooms.findById(id))?.title).toBe('first');
  });

  it('acceptsATitleOf200CharactersAndRejects201', async () => {
    const longest = 'ä'.repeat(200);
    const id = newRoomId();
    expect((await rooms.create({ id, title: longest })).title).toBe(longest);
    await expect(rooms.create({ id: newRoomId(), title: `${longest}x` })).rejects.toThrow(/rooms_title_length/);
  });

  it('marksARoomClosedAtTheGivenInstant', async () => {
    const id = newRoomId();
    await rooms.create({ id, title: 'Sitzung' });
    const closed = await rooms.markClosed(id, '2031-02-03T04:05:06.789Z');
    expect(closed?.closedAt).toBe('2031-02-03T04:05:06.789Z');
    expect(await rooms.findById(id)).toEqual(closed);
  });

  it('marksARoomClosedNowByDefault', async () => {
    const id = newRoomId();
    const created = await rooms.create({ id, title: 'Sitzung' });
    const closed = await rooms.markClosed(id);
    expect(closed?.closedAt).not.toBeNull();
    expect(Date.parse(closed?.closedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(created.createdAt));
  });

  it('keepsTheFirstClosingTimeWhenClosedAgain', async () => {
    const id = newRoomId();
    await rooms.create({ id, title: 'Sitzung' });
    await rooms.markClosed(id, '2030-01-01T00:00:00.000Z');
    const again = await rooms.markClosed(id, '2030-06-01T00:00:00.000Z');
    expect(again?.closedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('closesNothingForAnUnknownId', async () => {
    expect(await rooms.markClosed(newRoomId())).toBeUndefined();
  });

  it('rejectsAClosingTimeThatIsNotAnInstant', async () => {
    await expect(rooms.markClosed(newRoomId(), 'yesterday')).rejects.toThrow(RangeError);
  });
});
