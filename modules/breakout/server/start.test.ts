import { describe, expect, it } from 'vitest';
import { breakoutLimits } from '../protocol.js';
import { breakoutRoom, clearAll, groupOf, joinedSession, openManual } from './breakoutTestRoom.test-support.js';

describe('opening breakout rooms', () => {
  it('moderatorOpensRoomsAndEveryoneLearnsWhoIsWhere', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    clearAll(alice, bob, carol);
    await openManual(alice, 2, [
      [bob, 1],
      [carol, 2],
    ]);
    const started = {
      ns: 'breakout',
      event: 'started',
      rooms: [
        { id: 'r1', number: 1, name: null },
        { id: 'r2', number: 2, name: null },
      ],
      assignments: [
        { participantId: bob.participantId, roomId: 'r1' },
        { participantId: carol.participantId, roomId: 'r2' },
      ],
      endsAt: null,
      closing: null,
      freeChoice: false,
      message: null,
      serverNow: room.clock.now(),
    };
    for (const p of [alice, bob, carol]) expect(p.inbox.events('breakout')).toEqual([started]);
    expect([groupOf(room, alice), groupOf(room, bob), groupOf(room, carol)]).toEqual([null, 'r1', 'r2']);
    // The roster tells everyone too: both moves in one core `participantsUpdated` that carries the groups.
    for (const p of [alice, bob, carol]) {
      const updates = p.inbox.events('core', 'participantsUpdated');
      expect(updates).toHaveLength(1);
      const moved = updates[0]?.participants as { id: string; group: string | null }[];
      expect(moved.map((m) => [m.id, m.group])).toEqual([
        [bob.participantId, 'r1'],
        [carol.participantId, 'r2'],
      ]);
    }
    expect(alice.inbox.events('core', 'participantUpdated')).toEqual([]);
  });

  it('randomAssignmentDealsParticipantsEvenlyAndLeavesModeratorsInTheMainRoom', async () => {
    const room = breakoutRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const people = [
      await room.join('bob'),
      await room.join('carol'),
      await room.join('guest'),
      await room.join('phone'),
      await room.join('dialIn'),
      await room.join('bob', { displayName: 'Bernd' }),
      await room.join('carol', { displayName: 'Clara' }),
    ];
    const recorder = await room.join('recorder');
    await alice.act('breakout', 'start', { rooms: ['Nord', 'Süd', 'Ost'], assignment: { mode: 'random' } }, 's');
    expect(alice.inbox.errors()).toEqual([]);
    expect([groupOf(room, owner), groupOf(room, alice), groupOf(room, recorder)]).toEqual([null, null, null]);
    const sizes = ['r1', 'r2', 'r3'].map((id) => people.filter((p) => groupOf(room, p) === id).length);
    expect(sizes).toEqual([3, 2, 2]);
    const started = alice.inbox.last('breakout', 'started');
    expect(started?.rooms).toEqual([
      { id: 'r1', number: 1, name: 'Nord' },
      { id: 'r2', number: 2, name: 'Süd' },
      { id: 'r3', number: 3, name: 'Ost' },
    ]);
    expect(started?.assignments).toHaveLength(7);
  });

  it('randomAssignmentFollowsTheInjectedRandom', async () => {
    const dealt = async (random: () => number) => {
      const room = breakoutRoom({ random });
      const alice = await room.join('alice');
      const bob = await room.join('bob');
      const carol = await room.join('carol');
      await alice.act('breakout', 'start', { rooms: ['', ''], assignment: { mode: 'random' } });
      return [groupOf(room, bob), groupOf(room, carol)];
    };
    // Fisher–Yates with j = 0 swaps the two; with j = i it keeps the join order.
    expect(await dealt(() => 0)).toEqual(['r2', 'r1']);
    expect(await dealt(() => 0.99)).toEqual(['r1', 'r2']);
  });

  it('manualAssignmentMovesExactlyTheListedPeopleModeratorsToo', async () => {
    const room = breakoutRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await openManual(owner, 3, [
      [alice, 3],
      [bob, 1],
      [bob, 2],
    ]);
    expect([groupOf(room, owner), groupOf(room, alice), groupOf(room, bob), groupOf(room, carol)]).toEqual([
      null,
      'r3',
      'r2',
      null,
    ]);
    expect(carol.inbox.last('breakout', 'started')?.assignments).toEqual([
      { participantId: alice.participantId, roomId: 'r3' },
      { participantId: bob.participantId, roomId: 'r2' },
    ]);
  });

  it('participantCannotOpenBreakoutRooms', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    clearAll(alice, bob, guest);
    await openManual(bob, 2, [[bob, 1]], {}, 'b1');
    await guest.act('breakout', 'start', { rooms: [''], assignment: { mode: 'random' } }, 'g1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'breakout', id: 'b1', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.errors()).toEqual([{ ns: 'breakout', id: 'g1', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(groupOf(room, bob)).toBeNull();
    const late = await room.join('carol');
    expect(joinedSession(late)).toBeNull();
  });

  it('atMostOneHundredRoomsAndAtLeastOne', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(alice, bob);
    const rooms = (n: number) => Array.from({ length: n }, () => '');
    await alice.act('breakout', 'start', { rooms: rooms(101), assignment: { mode: 'random' } }, 'many');
    await alice.act('breakout', 'start', { rooms: [], assignment: { mode: 'random' } }, 'none');
    const limit = { error: 'invalidRoomCount', minRooms: 1, maxRooms: breakoutLimits.maxRooms };
    expect(alice.inbox.errors()).toEqual([
      { ns: 'breakout', id: 'many', ...limit },
      { ns: 'breakout', id: 'none', ...limit },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    await alice.act('breakout', 'start', { rooms: rooms(100), assignment: { mode: 'random' } }, 'max');
    expect(alice.inbox.errors()).toHaveLength(2);
    expect(alice.inbox.last('breakout', 'started')?.rooms).toHaveLength(100);
  });

  it('roomNamesAreCappedAndCleanedOfInvisibleCharacters', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(alice, bob);
    const long = 'x'.repeat(breakoutLimits.roomNameMaxLength + 1);
    await alice.act('breakout', 'start', { rooms: ['A', long], assignment: { mode: 'random' } }, 'n1');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'breakout', id: 'n1', error: 'roomNameTooLong', maxLength: breakoutLimits.roomNameMaxLength },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    const names = ['  Team\u202E  Nord\n', '\u200B', `<b>${'y'.repeat(30)}</b>`];
    await alice.act('breakout', 'start', { rooms: names, assignment: { mode: 'random' } });
    expect(bob.inbox.last('breakout', 'started')?.rooms).toEqual([
      { id: 'r1', number: 1, name: 'Team Nord' },
      { id: 'r2', number: 2, name: null },
      { id: 'r3', number: 3, name: `<b>${'y'.repeat(30)}</b>` },
    ]);
  });

  it('durationMustBeWithinLimits', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(alice, bob);
    const { minDurationSeconds, maxDurationSeconds } = breakoutLimits;
    for (const [id, seconds] of [
      ['short', minDurationSeconds - 1],
      ['long', maxDurationSeconds + 1],
    ] as const)
      await alice.act(
        'breakout',
        'start',
        { rooms: [''], assignment: { mode: 'random' }, durationSeconds: seconds },
        id,
      );
    expect(alice.inbox.errors()).toEqual(
      ['short', 'long'].map((id) => ({
        ns: 'breakout',
        id,
        error: 'invalidDuration',
        minSeconds: minDurationSeconds,
        maxSeconds: maxDurationSeconds,
      })),
    );
    expect(bob.inbox.frames).toEqual([]);
  });

  it('manualAssignmentWithUnknownPeopleOrRoomsIsRefusedAndChangesNothing', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await carol.act('core', 'leave');
    clearAll(alice, bob);
    await openManual(
      alice,
      2,
      [
        [bob, 1],
        [carol, 2],
      ],
      {},
      'gone',
    );
    await openManual(alice, 2, [[bob, 3]], {}, 'range');
    await openManual(alice, 2, [[bob, 0]], {}, 'zero');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'breakout', id: 'gone', error: 'unknownParticipant', participantId: carol.participantId },
      { ns: 'breakout', id: 'range', error: 'roomOutOfRange', room: 3, maxRoom: 2 },
      { ns: 'breakout', id: 'zero', error: 'roomOutOfRange', room: 0, maxRoom: 2 },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    expect(groupOf(room, bob)).toBeNull();
  });

  it('recorderIsNeverMovedIntoABreakoutRoom', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const recorder = await room.join('recorder');
    await openManual(alice, 1, [[recorder, 1]], {}, 'rec');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'breakout', id: 'rec', error: 'cannotAssign', participantId: recorder.participantId },
    ]);
    await openManual(alice, 1, []);
    await alice.act('breakout', 'assign', { participantId: recorder.participantId, roomId: 'r1' }, 'rec2');
    expect(alice.inbox.errors().at(-1)).toEqual({
      ns: 'breakout',
      id: 'rec2',
      error: 'cannotAssign',
      participantId: recorder.participantId,
    });
    expect(groupOf(room, recorder)).toBeNull();
  });

  it('startingTwiceIsRefused', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await openManual(alice, 2, [[bob, 1]]);
    clearAll(alice, bob);
    await openManual(alice, 3, [[bob, 3]], {}, 'again');
    expect(alice.inbox.errors()).toEqual([{ ns: 'breakout', id: 'again', error: 'alreadyRunning' }]);
    expect(bob.inbox.frames).toEqual([]);
    expect(groupOf(room, bob)).toBe('r1');
  });

  it('invalidCommandsAreAnsweredWithoutAnyChange', async () => {
    const room = breakoutRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(alice, bob);
    await alice.act('breakout', 'start', { rooms: [''], assignment: { mode: 'everyone' } }, 'bad');
    await alice.act('breakout', 'start', { rooms: 'three', assignment: { mode: 'random' } }, 'bad2');
    expect(alice.inbox.errors().map((e) => [e.ns, e.id, e.error])).toEqual([
      ['signaling', 'bad', 'invalidCommand'],
      ['signaling', 'bad2', 'invalidCommand'],
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('commandsFromTheWaitingRoomReachNoModule', async () => {
    const room = breakoutRoom({}, { waitingRoom: 'guests' });
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    await openManual(alice, 1, []);
    clearAll(alice);
    await guest.act('breakout', 'goTo', { roomId: 'r1' }, 'w');
    expect(guest.inbox.errors()).toEqual([{ ns: 'core', id: 'w', error: 'stillWaiting' }]);
    expect(alice.inbox.frames).toEqual([]);
  });
});
