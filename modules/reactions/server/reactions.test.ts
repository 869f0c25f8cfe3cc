import { coreModule } from '@plenum/module-core/server';
import { runtimeProbe, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { reactionsLimits } from '../protocol.js';
import { reactionsModule } from './ReactionsModule.js';

const ns = 'reactions';

const setup = () => {
  const probe = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, reactionsModule, probe.module] });
  return { room, ...probe };
};

const stateIn = (joined: Record<string, unknown> | undefined) =>
  (joined?.modules as Record<string, unknown> | undefined)?.[ns];

describe('reactions', () => {
  it('aReactionReachesEveryoneInTheRoomTheSenderIncluded', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    await room.advance(1234);
    await bob.act(ns, 'react', { reaction: 'clap' }, 'c1');
    const reacted = { ns, event: 'reacted', participantId: bob.participantId, reaction: 'clap', at: room.clock.now() };
    for (const p of [alice, bob, guest]) expect(p.inbox.events(ns)).toEqual([reacted]);
    expect(bob.inbox.errors()).toEqual([]);
  });

  it('reactionsAreNotKeptForLateJoiners', async () => {
    const { room } = setup();
    const bob = await room.join('bob');
    await bob.act(ns, 'react', { reaction: 'heart' });
    const carol = await room.join('carol');
    expect(stateIn(carol.inbox.last('core', 'joined'))).toEqual({ enabled: true });
    expect(carol.inbox.events(ns)).toEqual([]);
  });

  it('onlyTheFixedSetOfReactionsIsAccepted', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await bob.act(ns, 'react', { reaction: '<img src=x onerror=alert(1)>' }, 'x1');
    await bob.act(ns, 'react', { reaction: '🖕' }, 'x2');
    await bob.act(ns, 'react', {}, 'x3');
    expect(bob.inbox.errors().map((e) => [e.id, e.error])).toEqual([
      ['x1', 'invalidCommand'],
      ['x2', 'invalidCommand'],
      ['x3', 'invalidCommand'],
    ]);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('participantIsSlowedDownAfterTooManyReactionsAndNobodyElseHearsOfIt', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const { maxPerWindow, windowMs } = reactionsLimits;
    for (let i = 0; i < maxPerWindow; i++) {
      await bob.act(ns, 'react', { reaction: 'thumbsUp' });
      await room.advance(1000);
    }
    alice.inbox.clear();
    await bob.act(ns, 'react', { reaction: 'laugh' }, 's1');
    expect(bob.inbox.errors()).toEqual([
      { ns, id: 's1', error: 'slowDown', retryAfterMs: windowMs - maxPerWindow * 1000, maxPerWindow, windowMs },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    await room.advance(windowMs - maxPerWindow * 1000);
    await bob.act(ns, 'react', { reaction: 'laugh' }, 's2');
    expect(alice.inbox.last(ns, 'reacted')).toMatchObject({ participantId: bob.participantId, reaction: 'laugh' });
    expect(bob.inbox.errors()).toHaveLength(1);
  });

  it('theRateLimitIsPerParticipant', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (let i = 0; i < reactionsLimits.maxPerWindow; i++) await bob.act(ns, 'react', { reaction: 'clap' });
    await carol.act(ns, 'react', { reaction: 'surprised' }, 'c1');
    await alice.act(ns, 'react', { reaction: 'celebrate' }, 'a1');
    expect([carol.inbox.errors(), alice.inbox.errors()]).toEqual([[], []]);
    expect(bob.inbox.events(ns, 'reacted')).toHaveLength(reactionsLimits.maxPerWindow + 2);
  });

  it('reactionsStayInTheSendersBreakoutRoom', async () => {
    const { room, moveToGroup } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    moveToGroup(bob.participantId, 'breakout-1');
    moveToGroup(carol.participantId, 'breakout-1');
    await room.settle();
    await bob.act(ns, 'react', { reaction: 'heart' });
    expect(carol.inbox.events(ns, 'reacted')).toHaveLength(1);
    expect(alice.inbox.events(ns)).toEqual([]);
    await alice.act(ns, 'react', { reaction: 'thumbsUp' });
    expect(alice.inbox.events(ns, 'reacted')).toHaveLength(1);
    expect(bob.inbox.events(ns, 'reacted')).toHaveLength(1);
    moveToGroup(alice.participantId, 'breakout-1');
    await alice.act(ns, 'react', { reaction: 'clap' });
    expect(carol.inbox.last(ns, 'reacted')).toMatchObject({ participantId: alice.participantId, reaction: 'clap' });
  });

  it('participantCannotReactWhileSwitchedOffAndNobodyHearsOfIt', async () => {
    const { room, switchedOff } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    switchedOff([ns]);
    await room.settle();
    for (const p of [alice, bob, guest])
      expect(p.inbox.events(ns)).toEqual([{ ns, event: 'availabilityChanged', enabled: false }]);
    expect(stateIn((await room.join('carol')).inbox.last('core', 'joined'))).toEqual({ enabled: false });
    for (const p of [alice, bob, guest]) p.inbox.clear();
    await bob.act(ns, 'react', { reaction: 'clap' }, 'o1');
    await guest.act(ns, 'react', { reaction: 'clap' }, 'o2');
    expect(bob.inbox.errors()).toEqual([{ ns: 'signaling', id: 'o1', error: 'moduleSwitchedOff', namespace: ns }]);
    expect(guest.inbox.errors()).toEqual([{ ns: 'signaling', id: 'o2', error: 'moduleSwitchedOff', namespace: ns }]);
    expect([alice.inbox.frames, bob.inbox.events(ns), guest.inbox.events(ns)]).toEqual([[], [], []]);
  });

  it('whileSwitchedOffOnlyModeratorsMayReact', async () => {
    const { room, switchedOff } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    switchedOff([ns]);
    await alice.act(ns, 'react', { reaction: 'thumbsUp' }, 'm1');
    expect(alice.inbox.errors()).toEqual([]);
    expect(bob.inbox.last(ns, 'reacted')).toMatchObject({ participantId: alice.participantId, reaction: 'thumbsUp' });
  });

  it('switchingBackOnLetsEveryoneReactAgain', async () => {
    const { room, switchedOff } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    switchedOff([ns]);
    switchedOff([ns, 'raise-hands']);
    switchedOff(['raise-hands']);
    await room.settle();
    expect(alice.inbox.events(ns, 'availabilityChanged').map((e) => e.enabled)).toEqual([false, true]);
    await bob.act(ns, 'react', { reaction: 'celebrate' }, 'b1');
    expect(alice.inbox.last(ns, 'reacted')).toMatchObject({ reaction: 'celebrate' });
  });

  it('aLeaverIsForgottenByTheRateLimit', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob', { identity: 'user:bob' });
    for (let i = 0; i < reactionsLimits.maxPerWindow; i++) await bob.act(ns, 'react', { reaction: 'clap' });
    await bob.act('core', 'leave');
    const again = await room.join('bob', { identity: 'user:bob' });
    await again.act(ns, 'react', { reaction: 'clap' }, 'b2');
    expect(again.inbox.errors()).toEqual([]);
    expect(alice.inbox.events(ns, 'reacted')).toHaveLength(reactionsLimits.maxPerWindow + 1);
  });

  it('aReactionIsSentOnceToEachOf250Participants', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bots = [];
    for (let i = 0; i < 249; i++) bots.push(await room.join('guest', { displayName: `Bot ${i}` }));
    const started = performance.now();
    for (const bot of bots) bot.send(ns, 'react', { reaction: 'clap' });
    await room.settle();
    expect(performance.now() - started).toBeLessThan(5000);
    expect(alice.inbox.events(ns, 'reacted')).toHaveLength(249);
    for (const bot of bots.slice(0, 10)) expect(bot.inbox.events(ns, 'reacted')).toHaveLength(249);
  });
});
