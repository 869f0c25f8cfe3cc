import { coreModule } from '@plenum/module-core/server';
import { mediaModule } from '@plenum/module-media/server';
import type { ParticipantId } from '@plenum/protocol';
import { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';

const SIZE = 250;

describe('a room of 250', () => {
  it('sendsEachRoomWideEventOnceToEveryoneElseAndKeepsEveryRosterRight', async () => {
    const room = new TestRoom({ modules: [coreModule, mediaModule], settings: { maxParticipants: SIZE } });
    const people = [];
    for (let i = 0; i < SIZE; i++) {
      people.push(await room.join(i === 0 ? 'alice' : 'bob', { displayName: `Bot ${i}` }));
    }
    // Every join after the first is one participantJoined, serialised once and written once to all the others.
    const joinedWrites = room.writes.filter((w) => w.recipients > 1);
    expect(joinedWrites.map((w) => w.recipients)).toEqual(Array.from({ length: SIZE - 2 }, (_, i) => i + 2));
    const last = people.at(-1);
    const first = people[0];
    if (!last || !first) throw new Error('no bots');
    expect(last.inbox.last('core', 'joined')?.participants).toHaveLength(SIZE);
    expect(first.inbox.events('core', 'participantJoined')).toHaveLength(SIZE - 1);

    // One room-wide change reaches all 249 others in a single write, and nobody twice.
    room.writes.length = 0;
    for (const p of people) p.inbox.clear();
    await first.act('core', 'promote', { participantId: last.participantId });
    expect(room.writes).toEqual([{ recipients: SIZE, bytes: expect.any(Number) }]);
    const told = people.filter((p) => p.inbox.events('core', 'participantUpdated').length === 1);
    expect(told).toHaveLength(SIZE);

    // Leaving: one participantLeft write to the rest; the rosters stay consistent.
    room.writes.length = 0;
    await people[100]?.act('core', 'leave', {});
    const left = room.writes.find((w) => w.recipients === SIZE - 1);
    expect(left).toBeDefined();
    const ids = new Set<ParticipantId>(people.map((p) => p.participantId));
    expect(room.room.participantCount).toBe(SIZE - 1);
    expect(ids.size).toBe(SIZE);
  });
});
