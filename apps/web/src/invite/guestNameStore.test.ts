import { describe, expect, it } from 'vitest';
import { guestNameKey, guestNameStore } from './guestNameStore.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';

function memory() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('guestNameStore', () => {
  it('keepsTheNamePerRoomUnderItsKey', () => {
    const storage = memory();
    const store = guestNameStore(() => storage);
    store.save(ROOM, 'Eva Gast');
    expect(guestNameKey(ROOM)).toBe(`plenum.guestName.${ROOM}`);
    expect([...storage.data]).toEqual([[`plenum.guestName.${ROOM}`, 'Eva Gast']]);
    expect(store.load(ROOM)).toBe('Eva Gast');
    expect(store.load('OtherRoomIdOtherRoomId')).toBeNull();
    store.clear(ROOM);
    expect(store.load(ROOM)).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('ignoresNamesThatAreNotValidDisplayNames', () => {
    const storage = memory();
    const store = guestNameStore(() => storage);
    storage.setItem(guestNameKey(ROOM), '   ');
    expect(store.load(ROOM)).toBeNull();
    storage.setItem(guestNameKey(ROOM), 'Eva\u202E');
    expect(store.load(ROOM)).toBeNull();
    storage.setItem(guestNameKey(ROOM), '  Eva  ');
    expect(store.load(ROOM)).toBe('Eva');
  });

  it('forgetsQuietlyWhenStorageFailsOrIsMissing', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = guestNameStore(() => broken);
    expect(() => store.save(ROOM, 'Eva')).not.toThrow();
    expect(store.load(ROOM)).toBeNull();
    expect(() => store.clear(ROOM)).not.toThrow();
    expect(guestNameStore(() => undefined).load(ROOM)).toBeNull();
  });
});
