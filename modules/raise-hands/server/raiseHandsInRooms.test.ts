import { describe, expect, it } from 'vitest';
import { handsIn, handsRoom, handsRoomWith, ns } from './handsRoom.test-support.js';

const r1 = 'r1';

describe('raise hands in breakout rooms', () => {
  it('raisedHandStaysInBreakoutRoom', async () => {
    const { room, moveToGroup, alice, bob, carol, guest } = await handsRoomWith('alice', 'bob', 'carol', 'guest');
    moveToGroup(bob.participantId, r1);
    moveToGroup(carol.participantId, r1);
    for (const p of [alice, bob, carol, guest]) p.inbox.clear();
    await bob.act(ns, 'raise');
    const raised = { ns, event: 'handRaised', hand: { participantId: bob.participantId, raisedAt: room.clock.now() } };
    for (const p of [bob, carol]) expect(p.inbox.events(ns)).toEqual([raised]);
    expect(guest.inbox.frames).toEqual([]);
    expect(alice.inbox.events(ns, 'handRaised')).toEqual([]);
  });

  it('moderatorsInOtherRoomsGetOnlyHowManyHandsAreUpThere', async () => {
    const { moveToGroup, owner, alice, bob, carol } = await handsRoomWith('owner', 'alice', 'bob', 'carol');
    moveToGroup(bob.participantId, r1);
    for (const p of [owner, alice, carol]) p.inbox.clear();
    await bob.act(ns, 'raise');
    await bob.act(ns, 'lower');
    for (const moderator of [owner, alice])
      expect(moderator.inbox.events(ns)).toEqual([
        { ns, event: 'elsewhereChanged', group: r1, count: 1 },
        { ns, event: 'elsewhereChanged', group: r1, count: 0 },
      ]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('aModeratorInABreakoutRoomGetsTheMainRoomsCount', async () => {
    const { moveToGroup, alice, carol } = await handsRoomWith('alice', 'carol');
    moveToGroup(alice.participantId, r1);
    alice.inbox.clear();
    await carol.act(ns, 'raise');
    expect(alice.inbox.events(ns)).toEqual([{ ns, event: 'elsewhereChanged', group: null, count: 1 }]);
  });

  it('joinersGetTheirRoomsQueueAndModeratorsTheOtherRoomsCounts', async () => {
    const { room, moveToGroup } = handsRoom();
    await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    await guest.act(ns, 'raise');
    const guestAt = room.clock.now();
    const owner = await room.join('owner');
    expect(handsIn(owner.inbox.last('core', 'joined'))).toEqual({
      enabled: true,
      hands: [{ participantId: guest.participantId, raisedAt: guestAt }],
      elsewhere: [{ group: r1, count: 1 }],
    });
    const carol = await room.join('carol');
    expect(handsIn(carol.inbox.last('core', 'joined'))).toEqual({
      enabled: true,
      hands: [{ participantId: guest.participantId, raisedAt: guestAt }],
      elsewhere: [],
    });
  });

  it('movingRoomsLowersHand', async () => {
    const { room, moveToGroup, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(carol.participantId, r1);
    await carol.act(ns, 'raise');
    const carolAt = room.clock.now();
    await bob.act(ns, 'raise');
    for (const p of [alice, bob, carol]) p.inbox.clear();
    moveToGroup(bob.participantId, r1);
    await room.settle();
    const lowered = { ns, event: 'handLowered', participantId: bob.participantId, reason: 'moved' };
    expect(alice.inbox.events(ns)).toEqual([lowered]);
    expect(bob.inbox.events(ns)).toEqual([
      lowered,
      { ns, event: 'queue', hands: [{ participantId: carol.participantId, raisedAt: carolAt }], elsewhere: [] },
    ]);
    expect(carol.inbox.events(ns)).toEqual([]);
    expect(handsIn((await room.join('owner')).inbox.last('core', 'joined'))).toMatchObject({
      hands: [],
      elsewhere: [{ group: r1, count: 1 }],
    });
  });

  it('returningToTheMainRoomLowersTheHandAndBringsTheMainRoomsQueue', async () => {
    const { room, moveToGroup } = handsRoom();
    await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    await guest.act(ns, 'raise');
    const guestAt = room.clock.now();
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    bob.inbox.clear();
    moveToGroup(bob.participantId, null);
    await room.settle();
    expect(bob.inbox.events(ns)).toEqual([
      { ns, event: 'handLowered', participantId: bob.participantId, reason: 'moved' },
      { ns, event: 'queue', hands: [{ participantId: guest.participantId, raisedAt: guestAt }], elsewhere: [] },
    ]);
  });

  it('aMoveWithoutARaisedHandOnlyBringsTheNewRoomsQueue', async () => {
    const { room, moveToGroup, alice, bob } = await handsRoomWith('alice', 'bob');
    alice.inbox.clear();
    moveToGroup(bob.participantId, r1);
    await room.settle();
    expect(bob.inbox.events(ns)).toEqual([{ ns, event: 'queue', hands: [], elsewhere: [] }]);
    expect(alice.inbox.events(ns)).toEqual([]);
  });

  it('aModeratorVisitingARoomSeesItsQueueAndMayLowerAHandThere', async () => {
    const { room, moveToGroup, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    const bobAt = room.clock.now();
    await carol.act(ns, 'raise');
    alice.inbox.clear();
    moveToGroup(alice.participantId, r1);
    await room.settle();
    expect(alice.inbox.events(ns)).toEqual([
      {
        ns,
        event: 'queue',
        hands: [{ participantId: bob.participantId, raisedAt: bobAt }],
        elsewhere: [{ group: null, count: 1 }],
      },
    ]);
    carol.inbox.clear();
    await alice.act(ns, 'lowerHand', { participantId: bob.participantId });
    const lowered = {
      ns,
      event: 'handLowered',
      participantId: bob.participantId,
      reason: 'moderator',
      by: alice.participantId,
    };
    for (const p of [alice, bob]) expect(p.inbox.last(ns, 'handLowered')).toEqual(lowered);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('aModeratorLowersAHandInAnotherRoomAndThatRoomIsTold', async () => {
    const { moveToGroup, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    for (const p of [alice, bob, carol]) p.inbox.clear();
    await alice.act(ns, 'lowerHand', { participantId: bob.participantId }, 'm1');
    expect(bob.inbox.events(ns)).toEqual([
      { ns, event: 'handLowered', participantId: bob.participantId, reason: 'moderator', by: alice.participantId },
    ]);
    expect(alice.inbox.events(ns)).toEqual([{ ns, event: 'elsewhereChanged', group: r1, count: 0 }]);
    expect(alice.inbox.errors()).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('lowerAllLowersTheHandsOfTheModeratorsOwnRoomOnly', async () => {
    const { room, moveToGroup, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    await carol.act(ns, 'raise');
    bob.inbox.clear();
    await alice.act(ns, 'lowerAll');
    expect(carol.inbox.last(ns, 'allLowered')).toEqual({ ns, event: 'allLowered', by: alice.participantId });
    expect(bob.inbox.frames).toEqual([]);
    expect(handsIn((await room.join('owner')).inbox.last('core', 'joined'))).toMatchObject({
      hands: [],
      elsewhere: [{ group: r1, count: 1 }],
    });
  });

  it('lowerAllInARoomWithoutHandsTellsNobody', async () => {
    const { moveToGroup, alice, bob } = await handsRoomWith('alice', 'bob');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    alice.inbox.clear();
    bob.inbox.clear();
    await alice.act(ns, 'lowerAll', {}, 'a1');
    expect(alice.inbox.frames).toEqual([]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('aHandInABreakoutRoomThatLeavesUpdatesTheCountForModeratorsElsewhere', async () => {
    const { moveToGroup, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(bob.participantId, r1);
    moveToGroup(carol.participantId, r1);
    await bob.act(ns, 'raise');
    alice.inbox.clear();
    carol.inbox.clear();
    await bob.act('core', 'leave');
    expect(alice.inbox.events(ns)).toEqual([{ ns, event: 'elsewhereChanged', group: r1, count: 0 }]);
    expect(carol.inbox.events(ns)).toEqual([]);
  });

  it('aNewModeratorGetsTheOtherRoomsCountsAndLosesThemWhenDemoted', async () => {
    const { moveToGroup, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    carol.inbox.clear();
    await alice.act('core', 'promote', { participantId: carol.participantId });
    expect(carol.inbox.events(ns)).toEqual([{ ns, event: 'queue', hands: [], elsewhere: [{ group: r1, count: 1 }] }]);
    await bob.act(ns, 'lower');
    expect(carol.inbox.events(ns).at(-1)).toEqual({ ns, event: 'elsewhereChanged', group: r1, count: 0 });
    carol.inbox.clear();
    await alice.act('core', 'demote', { participantId: carol.participantId });
    expect(carol.inbox.events(ns)).toEqual([{ ns, event: 'queue', hands: [], elsewhere: [] }]);
    await bob.act(ns, 'raise');
    expect(carol.inbox.events(ns)).toHaveLength(1);
  });

  it('openingRoomsForSeveralAtOnceShowsNoMovedHandInTheNewRoom', async () => {
    const { room, moveToGroups, alice, bob, carol, guest } = await handsRoomWith('alice', 'bob', 'carol', 'guest');
    await bob.act(ns, 'raise');
    await room.advance(10);
    await guest.act(ns, 'raise');
    for (const p of [alice, bob, carol, guest]) p.inbox.clear();
    moveToGroups([
      { participant: carol.participantId, group: r1 },
      { participant: bob.participantId, group: r1 },
      { participant: guest.participantId, group: 'r2' },
    ]);
    await room.settle();
    const empty = { ns, event: 'queue', hands: [], elsewhere: [] };
    expect(carol.inbox.events(ns)).toEqual([empty]);
    expect(bob.inbox.events(ns)).toEqual([
      { ns, event: 'handLowered', participantId: bob.participantId, reason: 'moved' },
      empty,
    ]);
    expect(guest.inbox.events(ns, 'queue')).toEqual([empty]);
    expect(alice.inbox.events(ns)).toEqual([
      { ns, event: 'handLowered', participantId: bob.participantId, reason: 'moved' },
      { ns, event: 'handLowered', participantId: guest.participantId, reason: 'moved' },
    ]);
  });

  it('closingTheRoomsLowersTheirHandsAndModeratorsElsewhereHearOncePerRoom', async () => {
    const { room, moveToGroup, moveToGroups, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    moveToGroup(alice.participantId, 'r2');
    moveToGroups([
      { participant: bob.participantId, group: r1 },
      { participant: carol.participantId, group: r1 },
    ]);
    await bob.act(ns, 'raise');
    await room.advance(10);
    await carol.act(ns, 'raise');
    alice.inbox.clear();
    moveToGroups([
      { participant: bob.participantId, group: null },
      { participant: carol.participantId, group: null },
    ]);
    await room.settle();
    expect(alice.inbox.events(ns)).toEqual([{ ns, event: 'elsewhereChanged', group: r1, count: 0 }]);
    for (const p of [bob, carol])
      expect(p.inbox.last(ns, 'queue')).toEqual({ ns, event: 'queue', hands: [], elsewhere: [] });
  });

  it('switchingOffLowersTheHandsOfEveryRoom', async () => {
    const { room, moveToGroup, switchedOff, alice, bob } = await handsRoomWith('alice', 'bob');
    moveToGroup(bob.participantId, r1);
    await bob.act(ns, 'raise');
    switchedOff([ns]);
    await room.settle();
    for (const p of [alice, bob])
      expect(p.inbox.last(ns, 'availabilityChanged')).toEqual({ ns, event: 'availabilityChanged', enabled: false });
    expect(handsIn((await room.join('owner')).inbox.last('core', 'joined'))).toEqual({
      enabled: false,
      hands: [],
      elsewhere: [],
    });
  });
});
