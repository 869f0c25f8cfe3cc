import { coreModule } from '@plenum/module-core/server';
import type { RoomSettings } from '@plenum/room-kit';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { lobbyModule } from './LobbyModule.js';

const setup = (waitingRoom: RoomSettings['waitingRoom'] = 'guests') =>
  new TestRoom({ modules: [coreModule, lobbyModule], settings: { waitingRoom } });

/** What a waiting person was told about moderators (the runtime's frames to waiting connections). */
const toldWhileWaiting = (p: TestPersona) => p.inbox.events('core', 'moderatorPresence').map((e) => e.present);
/** What a participant inside was told about moderators (the lobby's broadcast). */
const toldInside = (p: TestPersona) => p.inbox.events('lobby', 'moderatorPresence').map((e) => e.present);

describe('whether a moderator is here', () => {
  it('someoneWhoWaitsWhileNoModeratorIsHereIsToldSo', async () => {
    const room = setup('everyone');
    const bob = await room.wait('bob');
    expect(bob.inbox.last('core', 'waiting')).toMatchObject({ moderatorPresent: false });
    expect(room.room.moderatorPresent).toBe(false);
  });

  it('waitingPeopleAndParticipantsAreToldWhenAModeratorArrives', async () => {
    const room = setup('guests');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    const alice = await room.join('alice');
    expect(toldWhileWaiting(guest)).toEqual([true]);
    expect(toldInside(bob)).toEqual([true]);
    // The lobby's event is for the people inside; the waiting get the runtime's only.
    expect(guest.inbox.events('lobby')).toEqual([]);
    const next = await room.wait('guest', { displayName: 'Zweiter Gast' });
    expect(next.inbox.last('core', 'waiting')).toMatchObject({ moderatorPresent: true });
    expect(toldInside(alice)).toEqual([true]);
  });

  it('whenTheLastModeratorLeavesEveryoneLeftIsToldNobodyCanLetThemIn', async () => {
    const room = setup('guests');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    expect(guest.inbox.last('core', 'waiting')).toMatchObject({ moderatorPresent: true });
    await alice.act('core', 'leave');
    expect(toldInside(bob)).toEqual([false]);
    expect(toldWhileWaiting(guest)).toEqual([false]);
    expect(bob.inbox.last('lobby', 'moderatorPresence')).toEqual({
      ns: 'lobby',
      event: 'moderatorPresence',
      present: false,
    });
    expect(room.room.moderatorPresent).toBe(false);
  });

  it('aModeratorLeavingWhileAnotherStaysTellsNobody', async () => {
    const room = setup('guests');
    await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    await alice.act('core', 'leave');
    expect([toldInside(bob), toldWhileWaiting(guest)]).toEqual([[], []]);
  });

  it('theLastModeratorSteppingDownCountsAsLeavingAndAPromotionAsArriving', async () => {
    const room = setup('guests');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    await alice.act('core', 'demote', { participantId: alice.participantId });
    // Alice herself heard that a moderator was here when she came first.
    expect([toldInside(alice), toldInside(bob), toldWhileWaiting(guest)]).toEqual([[true, false], [false], [false]]);
    const owner = await room.join('owner');
    await owner.act('core', 'promote', { participantId: bob.participantId });
    // Promoting a second moderator changes nothing about whether one is here.
    expect([toldInside(bob), toldWhileWaiting(guest)]).toEqual([
      [false, true],
      [false, true],
    ]);
  });

  it('aModeratorWhoseConnectionDroppedCountsUntilTheirGracePeriodEnds', async () => {
    const room = setup('guests');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.drop();
    expect(toldInside(bob)).toEqual([]);
    await room.advance(10_000);
    expect(toldInside(bob)).toEqual([false]);
  });

  it('closingTheRoomTellsNobodyThatTheModeratorsAreGone', async () => {
    const room = setup('guests');
    await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    await room.room.close();
    expect([toldInside(bob), toldWhileWaiting(guest)]).toEqual([[], []]);
  });
});

describe('guests who come through a link', () => {
  it('theJoinStateSaysWhetherTheyWaitWhateverThePolicy', async () => {
    const room = new TestRoom({ modules: [coreModule, lobbyModule], settings: { guestLinksWait: true } });
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    expect(alice.inbox.last('core', 'joined')?.modules).toMatchObject({
      lobby: { policy: 'off', guestLinksWait: true },
    });
    expect(bob.inbox.last('core', 'joined')?.modules).toEqual({ lobby: { policy: 'off', guestLinksWait: true } });
  });

  it('theOwnerChangingTheRoomsGuestAccessTellsTheRoomOnce', async () => {
    const room = setup('off');
    const alice = await room.join('alice');
    room.room.setGuestLinksWait(true);
    await room.settle();
    expect(alice.inbox.events('lobby', 'guestLinksWaitChanged')).toEqual([
      { ns: 'lobby', event: 'guestLinksWaitChanged', guestLinksWait: true },
    ]);
    room.room.setGuestLinksWait(true);
    await room.settle();
    expect(alice.inbox.events('lobby', 'guestLinksWaitChanged')).toHaveLength(1);
    const bob = await room.join('bob');
    expect(bob.inbox.last('core', 'joined')?.modules).toMatchObject({ lobby: { guestLinksWait: true } });
  });
});
