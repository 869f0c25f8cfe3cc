import { coreModule } from '@plenum/module-core/server';
import { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { raiseHandsLimits } from '../protocol.js';
import { handsIn, handsRoomWith, ns, handsRoom as setup } from './handsRoom.test-support.js';
import { raiseHandsModule } from './RaiseHandsModule.js';

describe('raise hands', () => {
  it('participantRaisesTheirHandAndEveryoneSeesIt', async () => {
    const { room, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    room.clock.advance(500);
    await bob.act(ns, 'raise', {}, 'r1');
    const raised = { ns, event: 'handRaised', hand: { participantId: bob.participantId, raisedAt: room.clock.now() } };
    for (const p of [alice, bob, carol]) expect(p.inbox.events(ns)).toEqual([raised]);
    expect(bob.inbox.errors()).toEqual([]);
  });

  it('participantLowersTheirOwnHand', async () => {
    const { room, alice, bob } = await handsRoomWith('alice', 'bob');
    await bob.act(ns, 'raise');
    await bob.act(ns, 'lower');
    expect(alice.inbox.last(ns, 'handLowered')).toEqual({
      ns,
      event: 'handLowered',
      participantId: bob.participantId,
      reason: 'self',
    });
    const late = await room.join('carol');
    expect(handsIn(late.inbox.last('core', 'joined'))).toEqual({ enabled: true, hands: [], elsewhere: [] });
  });

  it('raisingARaisedHandOrLoweringALoweredOneChangesNothing', async () => {
    const { alice, bob } = await handsRoomWith('alice', 'bob');
    await bob.act(ns, 'lower', {}, 'l0');
    await bob.act(ns, 'raise');
    alice.inbox.clear();
    await bob.act(ns, 'raise', {}, 'r2');
    expect(alice.inbox.frames).toEqual([]);
    expect(bob.inbox.errors()).toEqual([]);
  });

  it('theQueueIsOrderedByTimeRaisedAndLateJoinersGetIt', async () => {
    const { room } = setup();
    await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const guest = await room.join('guest');
    await carol.act(ns, 'raise');
    const carolAt = room.clock.now();
    room.clock.advance(1000);
    await guest.act(ns, 'raise');
    room.clock.advance(1000);
    await bob.act(ns, 'raise');
    const owner = await room.join('owner');
    expect(handsIn(owner.inbox.last('core', 'joined'))).toEqual({
      enabled: true,
      elsewhere: [],
      hands: [
        { participantId: carol.participantId, raisedAt: carolAt },
        { participantId: guest.participantId, raisedAt: carolAt + 1000 },
        { participantId: bob.participantId, raisedAt: carolAt + 2000 },
      ],
    });
  });

  it('reRaisingGoesToTheEndOfTheQueue', async () => {
    const { room } = setup();
    await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await bob.act(ns, 'raise');
    await room.advance(100);
    await carol.act(ns, 'raise');
    await bob.act(ns, 'lower');
    await room.advance(raiseHandsLimits.raiseCooldownMs);
    await bob.act(ns, 'raise');
    const late = await room.join('owner');
    expect(handsIn(late.inbox.last('core', 'joined'))?.hands.map((h) => h.participantId)).toEqual([
      carol.participantId,
      bob.participantId,
    ]);
  });

  it('raisingAgainTooSoonIsSlowedDownAndNobodyHearsOfIt', async () => {
    const { room, alice, bob } = await handsRoomWith('alice', 'bob');
    await bob.act(ns, 'raise');
    await bob.act(ns, 'lower');
    await room.advance(500);
    alice.inbox.clear();
    await bob.act(ns, 'raise', {}, 'r3');
    expect(bob.inbox.errors()).toEqual([
      {
        ns,
        id: 'r3',
        error: 'slowDown',
        retryAfterMs: raiseHandsLimits.raiseCooldownMs - 500,
        cooldownMs: raiseHandsLimits.raiseCooldownMs,
      },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    await room.advance(raiseHandsLimits.raiseCooldownMs - 500);
    await bob.act(ns, 'raise', {}, 'r4');
    expect(alice.inbox.last(ns, 'handRaised')).toMatchObject({ hand: { participantId: bob.participantId } });
  });

  it('moderatorLowersOneHandAndTheTargetSeesWhoDidIt', async () => {
    const { room, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    await bob.act(ns, 'raise');
    await carol.act(ns, 'raise');
    await alice.act(ns, 'lowerHand', { participantId: bob.participantId }, 'm1');
    const lowered = {
      ns,
      event: 'handLowered',
      participantId: bob.participantId,
      reason: 'moderator',
      by: alice.participantId,
    };
    for (const p of [alice, bob, carol]) expect(p.inbox.last(ns, 'handLowered')).toEqual(lowered);
    const late = await room.join('guest');
    expect(handsIn(late.inbox.last('core', 'joined'))?.hands.map((h) => h.participantId)).toEqual([
      carol.participantId,
    ]);
  });

  it('moderatorLowersAllHands', async () => {
    const { room, owner, bob, guest } = await handsRoomWith('owner', 'bob', 'guest');
    await bob.act(ns, 'raise');
    await guest.act(ns, 'raise');
    await owner.act(ns, 'lowerAll', {}, 'm2');
    for (const p of [owner, bob, guest])
      expect(p.inbox.last(ns, 'allLowered')).toEqual({ ns, event: 'allLowered', by: owner.participantId });
    expect(handsIn((await room.join('carol')).inbox.last('core', 'joined'))?.hands).toEqual([]);
    bob.inbox.clear();
    await owner.act(ns, 'lowerAll', {}, 'm3');
    expect(bob.inbox.frames).toEqual([]);
    expect(owner.inbox.errors()).toEqual([]);
  });

  it('participantCannotLowerOthersHands', async () => {
    const { room, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    await carol.act(ns, 'raise');
    alice.inbox.clear();
    carol.inbox.clear();
    await bob.act(ns, 'lowerHand', { participantId: carol.participantId }, 'p1');
    await bob.act(ns, 'lowerAll', {}, 'p2');
    expect(bob.inbox.errors()).toEqual([
      { ns, id: 'p1', error: 'forbidden', required: 'moderator' },
      { ns, id: 'p2', error: 'forbidden', required: 'moderator' },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
    expect(handsIn((await room.join('owner')).inbox.last('core', 'joined'))?.hands).toHaveLength(1);
  });

  it('guestCannotLowerAllHands', async () => {
    const { bob, guest } = await handsRoomWith('bob', 'guest');
    await bob.act(ns, 'raise');
    bob.inbox.clear();
    await guest.act(ns, 'lowerAll', {}, 'g1');
    expect(guest.inbox.errors()).toEqual([{ ns, id: 'g1', error: 'forbidden', required: 'moderator' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('loweringAnUnknownOrLoweredHandIsAnErrorToTheModeratorOnly', async () => {
    const { alice, bob } = await handsRoomWith('alice', 'bob');
    bob.inbox.clear();
    await alice.act(ns, 'lowerHand', { participantId: bob.participantId }, 'u1');
    await alice.act(ns, 'lowerHand', { participantId: 'nobody-nobody-nobody1' }, 'u2');
    await alice.act(ns, 'lowerHand', { participantId: '<img src=x>' }, 'u3');
    expect(alice.inbox.errors()).toEqual([
      { ns, id: 'u1', error: 'handNotRaised', participantId: bob.participantId },
      { ns, id: 'u2', error: 'unknownParticipant', participantId: 'nobody-nobody-nobody1' },
      { ns: 'signaling', id: 'u3', error: 'invalidCommand', issues: expect.any(Array) },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('aModeratorLoweringTheirOwnHandLowersItAsTheirOwn', async () => {
    const { alice, bob } = await handsRoomWith('alice', 'bob');
    await alice.act(ns, 'raise');
    await alice.act(ns, 'lowerHand', { participantId: alice.participantId });
    expect(bob.inbox.last(ns, 'handLowered')).toEqual({
      ns,
      event: 'handLowered',
      participantId: alice.participantId,
      reason: 'self',
    });
  });

  it('participantWhoLeavesDropsOutOfTheQueue', async () => {
    const { room, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    await bob.act(ns, 'raise');
    await carol.act(ns, 'raise');
    alice.inbox.clear();
    await bob.act('core', 'leave');
    expect(alice.inbox.events(ns)).toEqual([]);
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({ participantId: bob.participantId });
    const late = await room.join('owner');
    expect(handsIn(late.inbox.last('core', 'joined'))?.hands.map((h) => h.participantId)).toEqual([
      carol.participantId,
    ]);
  });

  it('aHandStaysUpDuringTheReconnectGracePeriodButNotAfterItRunsOut', async () => {
    const { room, alice, bob, carol } = await handsRoomWith('alice', 'bob', 'carol');
    await bob.act(ns, 'raise');
    await carol.act(ns, 'raise');
    await bob.drop();
    const inbox = await bob.reconnect();
    expect(handsIn(inbox.last('core', 'joined'))?.hands).toHaveLength(2);
    await carol.drop();
    await room.advance(10_000);
    const late = await room.join('owner');
    expect(handsIn(late.inbox.last('core', 'joined'))?.hands.map((h) => h.participantId)).toEqual([bob.participantId]);
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({ participantId: carol.participantId });
  });

  it('aParticipantWhoComesBackStartsWithTheirHandDown', async () => {
    const room = new TestRoom({ modules: [coreModule, raiseHandsModule] });
    await room.join('alice');
    const bob = await room.join('bob');
    await bob.act(ns, 'raise');
    await bob.act('core', 'leave');
    const again = await room.join('bob');
    expect(handsIn(again.inbox.last('core', 'joined'))?.hands).toEqual([]);
  });

  it('switchingOffLowersEveryHandAndTellsEveryone', async () => {
    const { room, switchedOff, alice, bob } = await handsRoomWith('alice', 'bob');
    await bob.act(ns, 'raise');
    switchedOff([ns]);
    await room.settle();
    for (const p of [alice, bob])
      expect(p.inbox.last(ns, 'availabilityChanged')).toEqual({ ns, event: 'availabilityChanged', enabled: false });
    expect(handsIn((await room.join('carol')).inbox.last('core', 'joined'))).toEqual({
      enabled: false,
      hands: [],
      elsewhere: [],
    });
    switchedOff(['chat', ns]);
    await room.settle();
    expect(alice.inbox.events(ns, 'availabilityChanged')).toHaveLength(1);
    switchedOff([]);
    await room.settle();
    expect(bob.inbox.last(ns, 'availabilityChanged')).toEqual({ ns, event: 'availabilityChanged', enabled: true });
  });

  it('participantCannotRaiseAHandWhileSwitchedOff', async () => {
    const { room, switchedOff, alice, bob } = await handsRoomWith('alice', 'bob');
    switchedOff([ns]);
    await room.settle();
    alice.inbox.clear();
    bob.inbox.clear();
    await bob.act(ns, 'raise', {}, 's1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'signaling', id: 's1', error: 'moduleSwitchedOff', namespace: ns }]);
    await alice.act(ns, 'raise', {}, 's2');
    expect(alice.inbox.errors()).toEqual([{ ns, id: 's2', error: 'switchedOff' }]);
    expect(alice.inbox.events(ns)).toEqual([]);
    expect(bob.inbox.events(ns)).toEqual([]);
  });

  it('othersSwitchedOffModulesDoNotConcernHands', async () => {
    const { room, switchedOff, alice, bob } = await handsRoomWith('alice', 'bob');
    await bob.act(ns, 'raise');
    alice.inbox.clear();
    switchedOff(['chat', 'reactions']);
    await room.settle();
    expect(alice.inbox.events(ns)).toEqual([]);
    expect(handsIn((await room.join('carol')).inbox.last('core', 'joined'))?.hands).toHaveLength(1);
  });

  it('everyHandEventIsSentOnceToEachOfManyParticipants', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const others = [];
    for (let i = 0; i < 249; i++) others.push(await room.join('guest', { displayName: `Gast ${i}` }));
    const started = performance.now();
    for (const p of others.slice(0, 50)) p.send(ns, 'raise');
    await room.settle();
    expect(performance.now() - started).toBeLessThan(5000);
    expect(alice.inbox.events(ns, 'handRaised')).toHaveLength(50);
    for (const p of others) expect(p.inbox.events(ns, 'handRaised')).toHaveLength(50);
  });
});
