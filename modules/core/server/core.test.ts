import { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { coreModule } from './CoreModule.js';

const newRoom = () => new TestRoom({ modules: [coreModule], reconnectGraceMs: 10_000 });

describe('core', () => {
  it('joinerGetsTheRosterIncludingThemselves', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const joined = bob.inbox.last('core', 'joined');
    expect(joined).toMatchObject({ participantId: bob.participantId, resumed: false, reconnectGraceSeconds: 10 });
    const roster = joined?.participants as { id: string; displayName: string; presence: string }[];
    expect(roster.map((p) => p.displayName).sort()).toEqual(['Alice', 'Bob']);
    expect(roster.find((p) => p.id === alice.participantId)?.presence).toBe('online');
  });

  it('othersAreToldOfAJoinButNotTheJoinerItself', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    expect(alice.inbox.events('core', 'participantJoined')).toEqual([
      expect.objectContaining({ participant: expect.objectContaining({ id: bob.participantId, displayName: 'Bob' }) }),
    ]);
    expect(bob.inbox.events('core', 'participantJoined')).toEqual([]);
  });

  it('leaveTellsOthersAtOnceAndClosesTheConnection', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('core', 'leave');
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({
      participantId: bob.participantId,
      reason: 'left',
    });
    expect(bob.inbox.closedWith).toBe('left');
    expect(room.room.participantCount).toBe(1);
  });

  it('droppedConnectionIsReconnectingDuringGraceThenLeaves', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.drop();
    expect(alice.inbox.last('core', 'participantUpdated')).toMatchObject({
      participant: { id: bob.participantId, presence: 'reconnecting' },
    });
    await room.advance(9_999);
    expect(alice.inbox.events('core', 'participantLeft')).toEqual([]);
    await room.advance(1);
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({
      participantId: bob.participantId,
      reason: 'timedOut',
    });
  });

  it('resumeWithinGraceKeepsTheSameParticipant', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.drop();
    await room.advance(5_000);
    alice.inbox.clear();
    const inbox = await bob.reconnect();
    expect(inbox.last('core', 'joined')).toMatchObject({ participantId: bob.participantId, resumed: true });
    expect(alice.inbox.events('core')).toEqual([
      expect.objectContaining({
        event: 'participantUpdated',
        participant: expect.objectContaining({ presence: 'online' }),
      }),
    ]);
    await room.advance(60_000);
    expect(alice.inbox.events('core', 'participantLeft')).toEqual([]);
  });

  it('resumeWithAWrongSecretIsRejectedAndChangesNothing', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.drop();
    alice.inbox.clear();
    const { connectionId, inbox } = room.connect();
    room.room.join(connectionId, {
      displayName: 'Mallory',
      role: 'participant',
      kind: 'browser',
      resume: { participantId: bob.participantId, secret: 'x'.repeat(32) },
    });
    await room.settle();
    expect(inbox.errors()).toEqual([{ ns: 'core', error: 'resumeRejected' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(room.room.participantCount).toBe(2);
  });

  it('resumeAfterTheGracePeriodIsRejected', async () => {
    const room = newRoom();
    await room.join('alice');
    const bob = await room.join('bob');
    await bob.drop();
    await room.advance(10_000);
    const inbox = await bob.reconnect();
    expect(inbox.errors()).toEqual([{ ns: 'core', error: 'resumeRejected' }]);
  });

  it('aSecondDeviceSharesTheParticipantAndLeavingOneKeepsThem', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    const second = await bob.addDevice();
    expect(room.inbox(second).last('core', 'joined')).toMatchObject({ participantId: bob.participantId });
    expect(room.room.participantCount).toBe(2);
    expect(room.room.connectionCount).toBe(3);
    await bob.act('core', 'leave');
    expect(alice.inbox.frames).toEqual([]);
    room.room.command(second, { ns: 'core', action: 'leave' });
    await room.settle();
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({ participantId: bob.participantId });
  });

  it('joiningTwiceOnOneConnectionIsRejected', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    await alice.act('core', 'join', { displayName: 'Alice again', ticket: 'T'.repeat(43) }, 'c1');
    expect(alice.inbox.errors()).toEqual([{ ns: 'core', id: 'c1', error: 'alreadyJoined' }]);
    expect(room.room.participantCount).toBe(1);
  });

  it('aFullRoomRejectsTheNextJoiner', async () => {
    const room = new TestRoom({ modules: [coreModule], settings: { maxParticipants: 2 } });
    await room.join('alice');
    await room.join('bob');
    const { connectionId, inbox } = room.connect();
    room.room.join(connectionId, { displayName: 'Carol', role: 'participant', kind: 'browser' });
    await room.settle();
    expect(inbox.errors()).toEqual([{ ns: 'core', error: 'roomFull', maxParticipants: 2 }]);
  });

  it('theLastLeaveEmptiesTheRoom', async () => {
    const room = newRoom();
    const alice = await room.join('alice');
    await alice.act('core', 'leave');
    expect(room.emptied).toBe(1);
  });
});
