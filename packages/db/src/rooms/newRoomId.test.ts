import { RoomId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { newRoomId } from './newRoomId.js';

describe('newRoomId', () => {
  it('isTwentyTwoBase64UrlCharactersCarrying128Bits', () => {
    const id = newRoomId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    expect(RoomId.safeParse(id).success).toBe(true);
  });

  it('neverRepeatsInPractice', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newRoomId));
    expect(ids.size).toBe(10_000);
  });
});
