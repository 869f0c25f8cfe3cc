import { coreModule } from '@plenum/module-core/server';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { runtimeProbe } from './testing/RuntimeProbe.js';
import { TestRoom } from './testing/TestRoom.js';

/** Core, a probe with the one-by-one hook and a probe with the batch hook. */
const setup = () => {
  const single = runtimeProbe();
  const batched = runtimeProbe({ batched: true, ns: 'batched' });
  const room = new TestRoom({ modules: [coreModule, single.module, batched.module] });
  return { room, control: single.control, single: single.seen, batched: batched.seen };
};

const nobody = 'nobody-nobody-nobody1' as ParticipantId;

describe('moving many participants at once', () => {
  it('appliesEveryMoveAndAnswersEachInOrder', async () => {
    const { room, control } = setup();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const results = control().moveToGroups([
      { participant: bob.participantId, group: 'r1' },
      { participant: nobody, group: 'r1' },
      { participant: carol.participantId, group: null },
      { participant: carol.participantId, group: 'r2' },
    ]);
    expect(results).toEqual(['changed', 'unknownParticipant', 'unchanged', 'changed']);
    expect(room.room.participant(bob.participantId)?.group).toBe('r1');
    expect(room.room.participant(carol.participantId)?.group).toBe('r2');
  });

  it('tellsEachModuleOncePerMovedParticipantWithThePreviousGroup', async () => {
    const { room, control, single, batched } = setup();
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    control().moveToGroup(carol.participantId, 'r1');
    single.updated.length = 0;
    batched.updated.length = 0;
    batched.batches.length = 0;
    control().moveToGroups([
      { participant: bob.participantId, group: 'r1' },
      { participant: carol.participantId, group: 'r2' },
    ]);
    const expected = [
      [bob.participantId, { group: null }],
      [carol.participantId, { group: 'r1' }],
    ];
    expect(single.updated).toEqual(expected);
    expect(batched.updated).toEqual(expected);
    expect(batched.batches).toEqual([2]);
  });

  it('aSingleChangeReachesTheBatchHookAsAListOfOne', async () => {
    const { room, control, batched } = setup();
    const bob = await room.join('bob');
    control().moveToGroup(bob.participantId, 'r1');
    control().rename(bob.participantId, 'Robert');
    expect(batched.batches).toEqual([1, 1]);
    expect(batched.updated).toEqual([
      [bob.participantId, { group: null }],
      [bob.participantId, { displayName: 'Bob' }],
    ]);
  });

  it('someoneMovedAndBackInOneBatchIsNotAnnounced', async () => {
    const { room, control, single, batched } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    alice.inbox.clear();
    room.writes.length = 0;
    control().moveToGroups([
      { participant: bob.participantId, group: 'r1' },
      { participant: carol.participantId, group: 'r1' },
      { participant: bob.participantId, group: null },
    ]);
    expect(single.updated).toEqual([[carol.participantId, { group: null }]]);
    expect(batched.batches).toEqual([1]);
    expect(alice.inbox.events('core').map((e) => e.event)).toEqual(['participantUpdated']);
  });

  it('coreTellsEveryoneEveryMoveInOneFrame', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (const p of [alice, bob, carol]) p.inbox.clear();
    room.writes.length = 0;
    control().moveToGroups([
      { participant: bob.participantId, group: 'r1' },
      { participant: carol.participantId, group: 'r2' },
    ]);
    expect(room.writes).toEqual([{ recipients: 3, bytes: expect.any(Number) }]);
    for (const p of [alice, bob, carol]) {
      expect(p.inbox.events('core').map((e) => e.event)).toEqual(['participantsUpdated']);
      const infos = p.inbox.last('core', 'participantsUpdated')?.participants as { id: string; group: unknown }[];
      expect(infos.map((i) => [i.id, i.group])).toEqual([
        [bob.participantId, 'r1'],
        [carol.participantId, 'r2'],
      ]);
    }
  });

  it('movesThatChangeNothingWriteNothing', async () => {
    const { room, control, single, batched } = setup();
    const bob = await room.join('bob');
    room.writes.length = 0;
    expect(control().moveToGroups([])).toEqual([]);
    expect(control().moveToGroups([{ participant: bob.participantId, group: null }])).toEqual(['unchanged']);
    expect(room.writes).toEqual([]);
    expect([single.updated, batched.batches]).toEqual([[], []]);
  });
});
