import { mediaModule } from '@plenum/module-media/server';
import type { TestPersona } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { breakoutLimits } from '../protocol.js';
import { breakoutRoom, groupOf } from './breakoutTestRoom.test-support.js';

const SIZE = 250;

describe('breakout rooms in a room of 250', () => {
  it('opensAndClosesOneHundredRoomsWithTwoWritesToEveryoneAndDealsEveryoneEvenly', async () => {
    const room = breakoutRoom({ extra: [mediaModule] }, { maxParticipants: SIZE });
    const people: TestPersona[] = [];
    for (let i = 0; i < SIZE; i++) people.push(await room.join(i === 0 ? 'alice' : 'bob', { displayName: `Bot ${i}` }));
    const [alice, ...bots] = people;
    if (!alice) throw new Error('no moderator');
    room.writes.length = 0;
    const rooms = Array.from({ length: breakoutLimits.maxRooms }, () => '');
    await alice.act('breakout', 'start', { rooms, assignment: { mode: 'random' } });
    // `started` once to all 250, then all 249 moves in one `core.participantsUpdated` to all: two writes in all.
    expect(room.writes).toEqual([
      { recipients: SIZE, bytes: expect.any(Number) },
      { recipients: SIZE, bytes: expect.any(Number) },
    ]);
    const roster = bots[0]?.inbox.last('core', 'participantsUpdated')?.participants as { id: string; group: string }[];
    expect(roster.map((p) => [p.id, p.group]).sort()).toEqual(
      bots.map((b) => [b.participantId, groupOf(room, b)]).sort(),
    );
    const sizes = new Map<string | null | undefined, number>();
    for (const b of bots) sizes.set(groupOf(room, b), (sizes.get(groupOf(room, b)) ?? 0) + 1);
    expect(sizes.size).toBe(100);
    expect(Math.max(...sizes.values()) - Math.min(...sizes.values())).toBeLessThanOrEqual(1);
    expect(groupOf(room, alice)).toBeNull();

    room.writes.length = 0;
    await alice.act('breakout', 'close', { warningSeconds: 0 });
    expect(bots.every((b) => groupOf(room, b) === null)).toBe(true);
    // `closed`, then everyone's return in one `participantsUpdated`.
    expect(room.writes.map((w) => w.recipients)).toEqual([SIZE, SIZE]);
    expect(alice.inbox.last('core', 'participantsUpdated')?.participants).toHaveLength(bots.length);
  });
});
