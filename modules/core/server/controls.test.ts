import type { ParticipantId } from '@plenum/protocol';
import { runtimeProbe, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { coreModule } from './CoreModule.js';

const setup = () => {
  const p = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, p.module] });
  return { room, ...p };
};
const updatedInfo = (frames: Record<string, unknown>[], id: ParticipantId) =>
  frames
    .filter((f) => f.event === 'participantUpdated')
    .map((f) => f.participant as Record<string, unknown>)
    .filter((info) => info.id === id)
    .at(-1);

describe('participant controls of the runtime', () => {
  it('screenSharingFollowsTheRoleUntilAModeratorDecides', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const roster = bob.inbox.last('core', 'joined')?.participants as { id: string; permissions: object }[];
    expect(roster.find((p) => p.id === alice.participantId)?.permissions).toEqual({ microphone: true, screen: true });
    expect(roster.find((p) => p.id === bob.participantId)?.permissions).toEqual({ microphone: true, screen: false });
    expect(control().setPermissions(bob.participantId, { screen: true })).toBe('changed');
    expect(updatedInfo(alice.inbox.frames, bob.participantId)?.permissions).toEqual({ microphone: true, screen: true });
    await alice.act('core', 'demote', { participantId: alice.participantId });
    expect(updatedInfo(bob.inbox.frames, alice.participantId)?.permissions).toMatchObject({ screen: false });
    expect(control().setPermissions(bob.participantId, { screen: true })).toBe('unchanged');
    expect(control().setPermissions(bob.participantId, { screen: 'byRole' })).toBe('changed');
  });

  it('tellsEveryModuleWhatChangedWithThePreviousValues', async () => {
    const { room, control, seen } = setup();
    const bob = await room.join('bob');
    control().setPermissions(bob.participantId, { microphone: false });
    control().rename(bob.participantId, 'Robert');
    control().moveToGroup(bob.participantId, 'breakout-1');
    expect(seen.updated).toEqual([
      [bob.participantId, { permissions: { microphone: true, screen: false } }],
      [bob.participantId, { displayName: 'Bob' }],
      [bob.participantId, { group: null }],
    ]);
    expect(updatedInfo(bob.inbox.frames, bob.participantId)).toMatchObject({
      displayName: 'Robert',
      group: 'breakout-1',
      permissions: { microphone: false, screen: false },
    });
  });

  it('forceMuteReachesTheModulesWithWhoDidIt', async () => {
    const { room, control, seen } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    expect(control().forceMute(bob.participantId, alice.participantId)).toBe(true);
    expect(control().forceMute('nobody-nobody-nobody1' as ParticipantId, null)).toBe(false);
    expect(seen.forceMuted).toEqual([[bob.participantId, alice.participantId]]);
  });

  it('aRemovedParticipantIsToldWhyTheOthersSeeThemLeaveAndTheOwnerStays', async () => {
    const { room, control } = setup();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    expect(control().remove(bob.participantId, 'kicked', alice.participantId)).toBe('removed');
    expect(bob.inbox.last('core', 'removed')).toEqual({
      ns: 'core',
      event: 'removed',
      reason: 'kicked',
      by: alice.participantId,
    });
    expect(bob.inbox.closedWith).toBe('kicked');
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({
      participantId: bob.participantId,
      reason: 'removed',
    });
    expect(control().remove(owner.participantId, 'kicked', alice.participantId)).toBe('isOwner');
    expect(room.room.participantCount).toBe(2);
  });

  it('bannedParticipantCannotRejoin', async () => {
    const { room, control } = setup();
    await room.join('alice');
    const bob = await room.join('bob', { identity: 'user:bob' });
    control().remove(bob.participantId, 'banned', null);
    const again = room.connect();
    room.room.join(again.connectionId, {
      displayName: 'Bob',
      role: 'participant',
      kind: 'browser',
      identity: 'user:bob',
      commandId: 'j',
    });
    await room.settle();
    expect(again.inbox.errors()).toEqual([{ ns: 'core', id: 'j', error: 'banned' }]);
    await room.join('carol', { identity: 'user:carol' });
  });

  it('endingTheMeetingTakesEveryoneOutAndEmptiesTheRoom', async () => {
    const { room, control } = setup();
    const owner = await room.join('owner');
    const bob = await room.join('bob');
    control().endMeeting(owner.participantId);
    for (const p of [owner, bob]) expect(p.inbox.last('core', 'removed')).toMatchObject({ reason: 'meetingEnded' });
    expect(room.room.participantCount).toBe(0);
    expect(room.emptied).toBe(1);
  });

  it('participantCanRenameThemselvesUntilModeratorsLockIt', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('core', 'rename', { displayName: '  Robert  ' });
    expect(updatedInfo(alice.inbox.frames, bob.participantId)?.displayName).toBe('Robert');
    control().setRoomPolicy({ selfRename: false });
    expect(bob.inbox.last('core', 'policyChanged')).toEqual({
      ns: 'core',
      event: 'policyChanged',
      policy: { selfRename: false, switchedOff: [] },
    });
    alice.inbox.clear();
    await bob.act('core', 'rename', { displayName: 'Bobby' }, 'r1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'core', id: 'r1', error: 'renameLocked' }]);
    expect(alice.inbox.frames).toEqual([]);
    await alice.act('core', 'rename', { displayName: 'Alice M.' }, 'r2');
    expect(alice.inbox.errors()).toEqual([]);
  });

  it('aSwitchedOffModuleRefusesEveryoneButModerators', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    control().setRoomPolicy({ switchedOff: ['probe'] });
    expect(bob.inbox.last('core', 'policyChanged')).toMatchObject({ policy: { switchedOff: ['probe'] } });
    await bob.act('probe', 'poke', {}, 'x');
    expect(bob.inbox.errors()).toEqual([{ ns: 'signaling', id: 'x', error: 'moduleSwitchedOff', namespace: 'probe' }]);
    await alice.act('probe', 'poke', {}, 'y');
    expect(alice.inbox.errors()).toEqual([]);
    const late = await room.join('carol');
    expect(late.inbox.last('core', 'joined')?.policy).toEqual({ selfRename: true, switchedOff: ['probe'] });
  });
});
