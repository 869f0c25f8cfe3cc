import { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { coreModule } from './CoreModule.js';

const newRoom = () => new TestRoom({ modules: [coreModule] });
const roleIn = (frame: Record<string, unknown> | undefined) => (frame?.participant as { role?: string })?.role;

describe('roles', () => {
  it('theOwnerIsShownAsAModeratorMarkedOwner', async () => {
    const room = newRoom();
    const owner = await room.join('owner');
    const bob = await room.join('bob');
    const roster = bob.inbox.last('core', 'joined')?.participants as Record<string, unknown>[];
    expect(roster.find((p) => p.id === owner.participantId)).toMatchObject({ role: 'moderator', owner: true });
    expect(roster.find((p) => p.id === bob.participantId)).not.toHaveProperty('owner');
  });

  it('aModeratorPromotesAParticipantAndEveryoneIsToldIncludingThemselves', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (const p of [alice, bob, carol]) p.inbox.clear();
    await alice.act('core', 'promote', { participantId: bob.participantId }, 'p1');
    for (const p of [alice, bob, carol])
      expect(p.inbox.events('core', 'participantUpdated')).toEqual([
        {
          ns: 'core',
          event: 'participantUpdated',
          participant: expect.objectContaining({ id: bob.participantId, role: 'moderator' }),
        },
      ]);
    expect(alice.inbox.errors()).toEqual([]);
  });

  it('theOwnerDemotesAModerator', async () => {
    const room = newRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    await owner.act('core', 'demote', { participantId: alice.participantId });
    expect(roleIn(alice.inbox.last('core', 'participantUpdated'))).toBe('participant');
    await alice.act('core', 'promote', { participantId: owner.participantId }, 'p2');
    expect(alice.inbox.errors()).toEqual([{ ns: 'core', id: 'p2', error: 'forbidden', required: 'moderator' }]);
  });

  it('aPromotedModeratorMayPromoteOthers', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await alice.act('core', 'promote', { participantId: bob.participantId });
    await bob.act('core', 'promote', { participantId: carol.participantId }, 'p3');
    expect(bob.inbox.errors()).toEqual([]);
    expect(roleIn(alice.inbox.last('core', 'participantUpdated'))).toBe('moderator');
  });

  it('participantCannotPromote', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    alice.inbox.clear();
    carol.inbox.clear();
    await bob.act('core', 'promote', { participantId: carol.participantId }, 'p4');
    expect(bob.inbox.errors()).toEqual([{ ns: 'core', id: 'p4', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('guestCannotPromote', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const guest = await room.join('guest');
    alice.inbox.clear();
    await guest.act('core', 'promote', { participantId: guest.participantId }, 'p5');
    expect(guest.inbox.errors()).toEqual([{ ns: 'core', id: 'p5', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.events('core', 'participantUpdated')).toEqual([]);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('guestCannotDemote', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const guest = await room.join('guest');
    alice.inbox.clear();
    await guest.act('core', 'demote', { participantId: alice.participantId }, 'd1');
    expect(guest.inbox.errors()).toEqual([{ ns: 'core', id: 'd1', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('ownerCannotBeDemoted', async () => {
    const room = newRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    owner.inbox.clear();
    await alice.act('core', 'demote', { participantId: owner.participantId }, 'd2');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'core', id: 'd2', error: 'cannotDemoteOwner', participantId: owner.participantId },
    ]);
    expect(alice.inbox.events('core', 'participantUpdated')).toEqual([]);
    expect(owner.inbox.frames).toEqual([]);
  });

  it('theOwnerCannotDemoteThemselvesEither', async () => {
    const room = newRoom();
    const owner = await room.join('owner');
    await owner.act('core', 'demote', { participantId: owner.participantId }, 'd3');
    expect(owner.inbox.errors()).toEqual([
      { ns: 'core', id: 'd3', error: 'cannotDemoteOwner', participantId: owner.participantId },
    ]);
  });

  it('guestCannotBecomeModerator', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const guest = await room.join('guest');
    guest.inbox.clear();
    await alice.act('core', 'promote', { participantId: guest.participantId }, 'p6');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'core', id: 'p6', error: 'cannotBeModerator', participantId: guest.participantId },
    ]);
    expect(alice.inbox.events('core', 'participantUpdated')).toEqual([]);
    expect(guest.inbox.frames).toEqual([]);
  });

  it('phoneCallerCannotBecomeModerator', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    const dialIn = await room.join('dialIn');
    phone.inbox.clear();
    dialIn.inbox.clear();
    await alice.act('core', 'promote', { participantId: phone.participantId }, 'p7');
    await alice.act('core', 'promote', { participantId: dialIn.participantId }, 'p8');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'core', id: 'p7', error: 'cannotBeModerator', participantId: phone.participantId },
      { ns: 'core', id: 'p8', error: 'cannotBeModerator', participantId: dialIn.participantId },
    ]);
    expect(phone.inbox.frames).toEqual([]);
    expect(dialIn.inbox.frames).toEqual([]);
  });

  it('recorderCannotBecomeModerator', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const recorder = await room.join('recorder');
    await alice.act('core', 'promote', { participantId: recorder.participantId }, 'p9');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'core', id: 'p9', error: 'cannotBeModerator', participantId: recorder.participantId },
    ]);
  });

  it('promotingAModeratorOrDemotingAParticipantChangesNothingAndTellsNobody', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('core', 'promote', { participantId: bob.participantId });
    alice.inbox.clear();
    bob.inbox.clear();
    await alice.act('core', 'promote', { participantId: bob.participantId }, 'p10');
    await alice.act('core', 'demote', { participantId: alice.participantId });
    await bob.act('core', 'demote', { participantId: alice.participantId }, 'd4');
    expect([...alice.inbox.errors(), ...bob.inbox.errors()]).toEqual([]);
    expect(bob.inbox.events('core', 'participantUpdated')).toEqual([
      expect.objectContaining({
        participant: expect.objectContaining({ id: alice.participantId, role: 'participant' }),
      }),
    ]);
  });

  it('aDemotedModeratorLosesTheRightAtOnce', async () => {
    const room = newRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await owner.act('core', 'demote', { participantId: alice.participantId });
    bob.inbox.clear();
    await alice.act('core', 'promote', { participantId: bob.participantId }, 'p11');
    expect(alice.inbox.errors()).toEqual([{ ns: 'core', id: 'p11', error: 'forbidden', required: 'moderator' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('promotingSomeoneWhoIsNotInTheRoomIsAnError', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('core', 'leave');
    await alice.act('core', 'promote', { participantId: bob.participantId }, 'p12');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'core', id: 'p12', error: 'unknownParticipant', participantId: bob.participantId },
    ]);
  });
});
