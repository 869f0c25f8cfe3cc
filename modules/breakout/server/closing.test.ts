import { describe, expect, it } from 'vitest';
import { breakoutLimits } from '../protocol.js';
import { breakoutRoom, clearAll, groupOf, joinedSession, openManual } from './breakoutTestRoom.test-support.js';

describe('closing breakout rooms', () => {
  it('closeAllWarnsEveryoneThenEveryoneReturns', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(alice, 2, [
      [bob, 1],
      [carol, 2],
    ]);
    await alice.act('breakout', 'goTo', { roomId: 'r2' });
    clearAll(alice, bob, carol);
    await alice.act('breakout', 'close', {});
    const now = room.clock.now();
    const closing = { ns: 'breakout', event: 'closing', endsAt: now + 60_000, reason: 'moderator', serverNow: now };
    for (const p of [alice, bob, carol]) expect(p.inbox.events('breakout')).toEqual([closing]);
    const late = await room.join('guest');
    expect(joinedSession(late)?.closing).toEqual({ endsAt: now + 60_000, reason: 'moderator' });
    await room.advance(59_999);
    expect([groupOf(room, alice), groupOf(room, bob), groupOf(room, carol)]).toEqual(['r2', 'r1', 'r2']);
    await room.advance(1);
    for (const p of [alice, bob, carol, late])
      expect(p.inbox.last('breakout', 'closed')).toEqual({
        ns: 'breakout',
        event: 'closed',
      });
    expect([groupOf(room, alice), groupOf(room, bob), groupOf(room, carol)]).toEqual([null, null, null]);
    expect(joinedSession(await room.join('bob', { displayName: 'Bernd' }))).toBeNull();
  });

  it('theDurationEndsTheRoomsWithTheSameWarning', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const start = room.clock.now();
    await openManual(alice, 1, [[bob, 1]], { durationSeconds: 600 });
    expect(bob.inbox.last('breakout', 'started')?.endsAt).toBe(start + 600_000);
    await room.advance(539_999);
    expect(bob.inbox.events('breakout', 'closing')).toEqual([]);
    await room.advance(1);
    expect(bob.inbox.events('breakout', 'closing')).toEqual([
      { ns: 'breakout', event: 'closing', endsAt: start + 600_000, reason: 'timeUp', serverNow: start + 540_000 },
    ]);
    await room.advance(59_999);
    expect(groupOf(room, bob)).toBe('r1');
    await room.advance(1);
    expect(groupOf(room, bob)).toBeNull();
    expect(bob.inbox.events('breakout', 'closed')).toHaveLength(1);
  });

  it('aShortDurationWarnsFromTheStart', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const start = room.clock.now();
    await openManual(alice, 1, [[bob, 1]], { durationSeconds: breakoutLimits.minDurationSeconds });
    await room.advance(0);
    expect(bob.inbox.last('breakout', 'closing')).toMatchObject({ endsAt: start + 60_000, reason: 'timeUp' });
  });

  it('closingEarlyCancelsTheDuration', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]], { durationSeconds: 600 });
    await alice.act('breakout', 'close', { warningSeconds: 10 });
    await room.advance(10_000);
    expect(groupOf(room, bob)).toBeNull();
    await openManual(alice, 1, [[bob, 1]]);
    await room.advance(600_000);
    expect(bob.inbox.events('breakout', 'closing')).toHaveLength(1);
    expect(groupOf(room, bob)).toBe('r1');
    expect(room.clock.pendingTimers).toBe(0);
  });

  it('aShorterCountdownReplacesTheRunningOneButALongerOneIsRefused', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    await alice.act('breakout', 'close', {});
    const first = room.clock.now() + 60_000;
    clearAll(alice, bob);
    await alice.act('breakout', 'close', { warningSeconds: 120 }, 'longer');
    expect(alice.inbox.errors()).toEqual([{ ns: 'breakout', id: 'longer', error: 'alreadyClosing', endsAt: first }]);
    expect(bob.inbox.frames).toEqual([]);
    await room.advance(30_000);
    await alice.act('breakout', 'close', { warningSeconds: 10 });
    expect(bob.inbox.last('breakout', 'closing')?.endsAt).toBe(room.clock.now() + 10_000);
    await room.advance(10_000);
    expect(groupOf(room, bob)).toBeNull();
    expect(bob.inbox.events('breakout', 'closed')).toHaveLength(1);
    expect(room.clock.pendingTimers).toBe(0);
  });

  it('closeWithoutWarningReturnsEveryoneAtOnce', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    clearAll(bob);
    await alice.act('breakout', 'close', { warningSeconds: 0 });
    expect(bob.inbox.events('breakout')).toEqual([{ ns: 'breakout', event: 'closed' }]);
    expect(groupOf(room, bob)).toBeNull();
  });

  it('theWarningMustBeWithinLimits', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    clearAll(alice, bob);
    await alice.act('breakout', 'close', { warningSeconds: breakoutLimits.maxWarningSeconds + 1 }, 'w1');
    await alice.act('breakout', 'close', { warningSeconds: -1 }, 'w2');
    expect(alice.inbox.errors()).toEqual(
      ['w1', 'w2'].map((id) => ({
        ns: 'breakout',
        id,
        error: 'invalidWarning',
        minSeconds: 0,
        maxSeconds: breakoutLimits.maxWarningSeconds,
      })),
    );
    expect(bob.inbox.frames).toEqual([]);
  });

  it('participantCannotCloseTheRooms', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    clearAll(alice, bob);
    await bob.act('breakout', 'close', { warningSeconds: 0 }, 'c');
    expect(bob.inbox.errors()).toEqual([{ ns: 'breakout', id: 'c', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(groupOf(room, bob)).toBe('r1');
  });

  it('closingWhenNoRoomsAreOpenIsRefused', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    await alice.act('breakout', 'close', {}, 'c');
    expect(alice.inbox.errors()).toEqual([{ ns: 'breakout', id: 'c', error: 'notRunning' }]);
  });

  it('aDemotedModeratorCanNoLongerClose', async () => {
    const room = breakoutRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    await owner.act('core', 'demote', { participantId: alice.participantId });
    await alice.act('breakout', 'close', {}, 'c');
    expect(alice.inbox.errors()).toEqual([{ ns: 'breakout', id: 'c', error: 'forbidden', required: 'moderator' }]);
    expect(bob.inbox.events('breakout', 'closing')).toEqual([]);
  });
});
