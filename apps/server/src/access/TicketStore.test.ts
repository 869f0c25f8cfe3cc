import type { RoomId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { TicketStore } from './TicketStore.js';

const room = 'r'.repeat(22) as RoomId;
const other = 'o'.repeat(22) as RoomId;

describe('TicketStore', () => {
  const setup = (maxTickets = 100) => {
    let now = 5_000;
    const store = new TicketStore<string>({ ttlMs: 60_000, maxTickets }, () => now);
    return { store, advance: (ms: number) => (now += ms) };
  };

  it('issuesUnguessableTicketsThatWorkOnceForTheirRoom', () => {
    const { store } = setup();
    const a = store.issue(room, 'grant-a');
    const b = store.issue(room, 'grant-b');
    expect(a.ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.ticket).not.toBe(b.ticket);
    expect(a.expiresAt.getTime()).toBe(65_000);
    expect(store.redeem(a.ticket, room)).toEqual({ grant: 'grant-a' });
    expect(store.redeem(a.ticket, room)).toEqual({ rejected: 'used' });
    expect(store.redeem('x'.repeat(43), room)).toEqual({ rejected: 'unknown' });
  });

  it('refusesAnExpiredTicketAndSpendsOneTriedOnAnotherRoom', () => {
    const { store, advance } = setup();
    const late = store.issue(room, 'g');
    const wrong = store.issue(room, 'g');
    expect(store.redeem(wrong.ticket, other)).toEqual({ rejected: 'wrongRoom' });
    expect(store.redeem(wrong.ticket, room)).toEqual({ rejected: 'used' });
    advance(60_000);
    expect(store.redeem(late.ticket, room)).toEqual({ rejected: 'expired' });
  });

  it('forgetsExpiredTicketsAndKeepsAtMostMaxTickets', () => {
    const { store, advance } = setup(3);
    store.issue(room, '1');
    advance(61_000);
    store.issue(room, '2');
    expect(store.size).toBe(1);
    for (let i = 0; i < 5; i++) store.issue(room, String(i));
    expect(store.size).toBeLessThanOrEqual(3);
  });
});
