import { RoomId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { decodeRoomCursor, encodeRoomCursor } from './roomCursor.js';
import { hashRoomPassword, verifyRoomPassword } from './roomPassword.js';

describe('room cursors', () => {
  it('roundTripsThePositionOfARoom', () => {
    const room = {
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      createdAt: '2030-01-02T03:04:05.678Z',
    } as const;
    const cursor = encodeRoomCursor({
      ...room,
      id: RoomId.parse(room.id),
      title: '',
      createdBy: null,
      tenantId: null,
      closedAt: null,
      ownerId: null,
      waitingRoom: 'off',
      guestAccess: 'direct',
      hasPassword: false,
    });
    expect(decodeRoomCursor(cursor)).toEqual(room);
  });

  it('refusesAnythingItDidNotMake', () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const c of ['!', 'e30', b64({ c: 'yesterday', i: 'a' }), b64({ c: '2030-01-01T00:00:00Z', i: "'; drop" })]) {
      expect(decodeRoomCursor(c)).toBeUndefined();
    }
  });
});

describe('room passwords', () => {
  it('hashesWithASaltAndVerifies', async () => {
    const a = await hashRoomPassword('geheim');
    const b = await hashRoomPassword('geheim');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyRoomPassword('geheim', a)).toBe(true);
    expect(await verifyRoomPassword('Geheim', a)).toBe(false);
    expect(await verifyRoomPassword('geheim', 'plain')).toBe(false);
  });
});
