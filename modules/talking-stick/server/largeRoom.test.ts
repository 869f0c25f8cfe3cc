import { coreModule } from '@plenum/module-core/server';
import { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { MAX_SPEAKERS } from '../protocol.js';
import { talkingStickModule } from './createTalkingStickModule.js';
import { clearAll, listOf, NS, stickFrames } from './talkingStickTestRoom.test-support.js';

const SIZE = MAX_SPEAKERS + 1;

describe('a speaker list in a room of 251', () => {
  it('sendsEachChangeOnceToEveryoneAndTheListCannotGrowBeyondTheLimit', async () => {
    const room = new TestRoom({ modules: [coreModule, talkingStickModule], settings: { maxParticipants: SIZE } });
    const alice = await room.join('alice');
    const people = [alice];
    for (let i = 1; i < SIZE; i++) people.push(await room.join('bob', { displayName: `Bot ${i}` }));
    const last = people.at(-1);
    const second = people[1];
    if (!last || !second) throw new Error('no bots');

    clearAll(...people);
    room.writes.length = 0;
    const listed = people.slice(0, MAX_SPEAKERS).map((p) => p.participantId);
    await alice.act(NS, 'start', { mode: 'random', participantIds: listed, secondsPerSpeaker: 60 });
    // One `started` to all 251, then `yourTurn` and `youAreNext` to one person each.
    expect(room.writes.map((w) => w.recipients)).toEqual([SIZE, 1, 1]);
    const seen = people.map((p) => listOf(p.inbox));
    expect(new Set(seen.map((l) => JSON.stringify(l))).size).toBe(1);
    expect([...(seen[0]?.waiting ?? []), seen[0]?.speaker].sort()).toEqual([...listed].sort());

    clearAll(...people);
    await alice.act(NS, 'add', { participantId: last.participantId }, 'full');
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 'full', error: 'tooManySpeakers', maxSpeakers: MAX_SPEAKERS }]);
    expect(people.slice(1).every((p) => p.inbox.frames.length === 0)).toBe(true);

    room.writes.length = 0;
    await room.advance(60_000);
    expect(room.writes.map((w) => w.recipients)).toEqual([SIZE, 1, 1]);
  });
});
