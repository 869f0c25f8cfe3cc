import { lobbyModule } from '@plenum/module-lobby/server';
import { describe, expect, it } from 'vitest';
import { breakoutRoom, clearAll, groupOf, joinedSession, openManual } from './breakoutTestRoom.test-support.js';

describe('moving between rooms', () => {
  it('moderatorCanVisitAnyRoomAndReturn', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 2, [[bob, 2]]);
    clearAll(alice, bob);
    await alice.act('breakout', 'goTo', { roomId: 'r2' });
    expect(groupOf(room, alice)).toBe('r2');
    const moved = { ns: 'breakout', event: 'moved', participantId: alice.participantId, roomId: 'r2' };
    expect(bob.inbox.events('breakout')).toEqual([moved]);
    await alice.act('breakout', 'goTo', { roomId: null });
    expect(groupOf(room, alice)).toBeNull();
    expect(bob.inbox.events('breakout').at(-1)).toEqual({ ...moved, roomId: null });
  });

  it('goingWhereYouAlreadyAreTellsNobody', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 2, [[bob, 2]]);
    clearAll(alice, bob);
    await alice.act('breakout', 'assign', { participantId: bob.participantId, roomId: 'r2' }, 'same');
    expect([alice.inbox.frames, bob.inbox.frames]).toEqual([[], []]);
  });

  it('moderatorMovesSomeoneToAnotherRoomOrBackToTheMainRoom', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(alice, 2, [[bob, 1]]);
    await alice.act('breakout', 'assign', { participantId: bob.participantId, roomId: 'r2' });
    expect(groupOf(room, bob)).toBe('r2');
    expect(carol.inbox.last('breakout', 'moved')).toEqual({
      ns: 'breakout',
      event: 'moved',
      participantId: bob.participantId,
      roomId: 'r2',
    });
    await alice.act('breakout', 'assign', { participantId: bob.participantId, roomId: null });
    expect(groupOf(room, bob)).toBeNull();
  });

  it('participantCannotMoveThemselvesWithoutFreeChoice', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(alice, 2, [[bob, 1]]);
    clearAll(alice, bob, carol);
    await bob.act('breakout', 'goTo', { roomId: 'r2' }, 'g1');
    await bob.act('breakout', 'goTo', { roomId: null }, 'g2');
    expect(bob.inbox.errors()).toEqual(
      ['g1', 'g2'].map((id) => ({ ns: 'breakout', id, error: 'forbidden', required: 'moderator' })),
    );
    expect([alice.inbox.frames, carol.inbox.frames]).toEqual([[], []]);
    expect(groupOf(room, bob)).toBe('r1');
  });

  it('participantCannotAssignOthers', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(alice, 2, [], { freeChoice: true });
    clearAll(alice, bob, carol);
    await bob.act('breakout', 'assign', { participantId: carol.participantId, roomId: 'r2' }, 'a1');
    await bob.act('breakout', 'setFreeChoice', { freeChoice: false }, 'a2');
    expect(bob.inbox.errors()).toEqual(
      ['a1', 'a2'].map((id) => ({ ns: 'breakout', id, error: 'forbidden', required: 'moderator' })),
    );
    expect([alice.inbox.frames, carol.inbox.frames]).toEqual([[], []]);
    expect(groupOf(room, carol)).toBeNull();
  });

  it('withFreeChoiceParticipantsPickTheirRoomUntilItIsTurnedOff', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    await openManual(alice, 3, [], { freeChoice: true });
    expect(bob.inbox.last('breakout', 'started')?.freeChoice).toBe(true);
    await bob.act('breakout', 'goTo', { roomId: 'r3' });
    await guest.act('breakout', 'goTo', { roomId: 'r1' });
    expect([groupOf(room, bob), groupOf(room, guest)]).toEqual(['r3', 'r1']);
    await alice.act('breakout', 'setFreeChoice', { freeChoice: false });
    expect(guest.inbox.last('breakout', 'freeChoiceChanged')).toEqual({
      ns: 'breakout',
      event: 'freeChoiceChanged',
      freeChoice: false,
    });
    await bob.act('breakout', 'goTo', { roomId: null }, 'late');
    expect(bob.inbox.errors()).toEqual([{ ns: 'breakout', id: 'late', error: 'forbidden', required: 'moderator' }]);
    expect(groupOf(room, bob)).toBe('r3');
  });

  it('unknownRoomsAndPeopleAreRefused', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(alice, 2, []);
    await carol.act('core', 'leave');
    clearAll(alice, bob);
    await alice.act('breakout', 'goTo', { roomId: 'r3' }, 'u1');
    await alice.act('breakout', 'assign', { participantId: bob.participantId, roomId: 'nowhere' }, 'u2');
    await alice.act('breakout', 'assign', { participantId: carol.participantId, roomId: 'r1' }, 'u3');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'breakout', id: 'u1', error: 'unknownRoom', roomId: 'r3' },
      { ns: 'breakout', id: 'u2', error: 'unknownRoom', roomId: 'nowhere' },
      { ns: 'breakout', id: 'u3', error: 'unknownParticipant', participantId: carol.participantId },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    expect([groupOf(room, alice), groupOf(room, bob)]).toEqual([null, null]);
  });

  it('movingWhenNoRoomsAreOpenIsRefused', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(alice, bob);
    await alice.act('breakout', 'goTo', { roomId: 'r1' }, 'n1');
    await alice.act('breakout', 'assign', { participantId: bob.participantId, roomId: 'r1' }, 'n2');
    await alice.act('breakout', 'setFreeChoice', { freeChoice: true }, 'n3');
    await bob.act('breakout', 'goTo', { roomId: 'r1' }, 'n4');
    expect(alice.inbox.errors()).toEqual(['n1', 'n2', 'n3'].map((id) => ({ ns: 'breakout', id, error: 'notRunning' })));
    expect(bob.inbox.errors()).toEqual([{ ns: 'breakout', id: 'n4', error: 'notRunning' }]);
    expect(groupOf(room, bob)).toBeNull();
  });
});

describe('joining while breakout rooms run', () => {
  it('aNewcomerLandsInTheMainRoomAndGetsTheBreakoutState', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 2, [[bob, 2]], { durationSeconds: 600 });
    await room.advance(1000);
    const carol = await room.join('carol');
    expect(groupOf(room, carol)).toBeNull();
    expect(joinedSession(carol)).toEqual({
      rooms: [
        { id: 'r1', number: 1, name: null },
        { id: 'r2', number: 2, name: null },
      ],
      assignments: [{ participantId: bob.participantId, roomId: 'r2' }],
      endsAt: room.clock.now() - 1000 + 600_000,
      closing: null,
      freeChoice: false,
      message: null,
      serverNow: room.clock.now(),
    });
  });

  it('moderatorAssignsALateJoiner', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 2, [[bob, 2]]);
    const carol = await room.join('carol');
    await alice.act('breakout', 'assign', { participantId: carol.participantId, roomId: 'r2' });
    expect(groupOf(room, carol)).toBe('r2');
    expect(bob.inbox.last('breakout', 'moved')?.participantId).toBe(carol.participantId);
  });

  it('aResumedParticipantIsStillInTheirRoom', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 2, [[bob, 2]]);
    await bob.drop();
    await room.advance(5000);
    await bob.reconnect();
    expect(groupOf(room, bob)).toBe('r2');
    expect(joinedSession(bob)?.assignments).toEqual([{ participantId: bob.participantId, roomId: 'r2' }]);
  });

  it('peopleWhoLeaveAreDroppedFromAssignments', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(alice, 2, [
      [bob, 1],
      [carol, 2],
    ]);
    await bob.act('core', 'leave');
    await carol.drop();
    await room.advance(10_000);
    const late = await room.join('guest');
    expect(joinedSession(late)?.assignments).toEqual([]);
  });

  it('someoneSentToTheWaitingRoomComesBackIntoTheMainRoom', async () => {
    const room = breakoutRoom({ extra: [lobbyModule] });
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 1, [[bob, 1]]);
    await alice.act('lobby', 'sendToWaitingRoom', { participantId: bob.participantId });
    expect(joinedSession(await room.join('carol'))?.assignments).toEqual([]);
    await alice.act('lobby', 'admit', { participantId: bob.participantId });
    expect(groupOf(room, bob)).toBeNull();
    expect(joinedSession(bob)?.assignments).toEqual([]);
  });
});
