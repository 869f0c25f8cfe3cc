import { describe, expect, it } from 'vitest';
import { clearAll, listOf, NS, stickFrames, stickRoom } from './talkingStickTestRoom.test-support.js';

async function nominating() {
  const room = stickRoom();
  const alice = await room.join('alice');
  const bob = await room.join('bob');
  const carol = await room.join('carol');
  const guest = await room.join('guest');
  await alice.act(NS, 'start', {
    mode: 'nominate',
    participantIds: [bob.participantId, carol.participantId, guest.participantId],
  });
  clearAll(alice, bob, carol, guest);
  return { room, alice, bob, carol, guest };
}

describe('each speaker nominates the next', () => {
  it('nobodyIsNextUntilTheSpeakerNominates', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act(NS, 'start', { mode: 'nominate', participantIds: [alice.participantId, bob.participantId] });
    expect(listOf(bob.inbox)).toMatchObject({ speaker: alice.participantId, waiting: [bob.participantId], next: null });
    expect(bob.inbox.events(NS, 'youAreNext')).toEqual([]);
  });

  it('theSpeakerNominatesTheNextFromThoseWhoHaveNotSpoken', async () => {
    const { alice, bob, carol, guest } = await nominating();
    await bob.act(NS, 'nominate', { participantId: guest.participantId });
    for (const p of [alice, bob, carol, guest])
      expect(p.inbox.events(NS, 'orderChanged')).toMatchObject([
        { change: 'nominated', participantId: guest.participantId, list: { next: guest.participantId } },
      ]);
    expect(guest.inbox.events(NS, 'youAreNext')).toHaveLength(1);
    expect(carol.inbox.events(NS, 'youAreNext')).toEqual([]);
    await bob.act(NS, 'pass');
    expect(listOf(alice.inbox)).toMatchObject({
      speaker: guest.participantId,
      waiting: [carol.participantId],
      spoken: [bob.participantId],
      next: null,
    });
    expect(guest.inbox.events(NS, 'yourTurn')).toHaveLength(1);
  });

  it('theSpeakerMayChangeTheNominationUntilTheTurnEnds', async () => {
    const { bob, carol, guest } = await nominating();
    await bob.act(NS, 'nominate', { participantId: guest.participantId });
    await bob.act(NS, 'nominate', { participantId: guest.participantId });
    await bob.act(NS, 'nominate', { participantId: carol.participantId });
    expect(bob.inbox.events(NS, 'orderChanged')).toHaveLength(2);
    expect(listOf(bob.inbox)?.next).toBe(carol.participantId);
    expect(carol.inbox.events(NS, 'youAreNext')).toHaveLength(1);
  });

  it('someoneWhoHasSpokenCannotBeNominated', async () => {
    const { alice, bob, carol } = await nominating();
    await bob.act(NS, 'nominate', { participantId: carol.participantId });
    await bob.act(NS, 'pass');
    clearAll(alice, bob, carol);
    await carol.act(NS, 'nominate', { participantId: bob.participantId }, 'n1');
    await carol.act(NS, 'nominate', { participantId: alice.participantId }, 'n2');
    expect(stickFrames(carol)).toEqual([
      { ns: NS, id: 'n1', error: 'notNominable', participantId: bob.participantId },
      { ns: NS, id: 'n2', error: 'notNominable', participantId: alice.participantId },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('onlyTheSpeakerNominates', async () => {
    const { alice, bob, carol } = await nominating();
    await carol.act(NS, 'nominate', { participantId: carol.participantId }, 'n1');
    await alice.act(NS, 'nominate', { participantId: carol.participantId }, 'n2');
    expect(stickFrames(carol)).toEqual([{ ns: NS, id: 'n1', error: 'notYourTurn' }]);
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 'n2', error: 'notYourTurn' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('nominatingOnlyWorksInNominateMode', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: [alice.participantId, bob.participantId] });
    clearAll(bob);
    await alice.act(NS, 'nominate', { participantId: bob.participantId }, 'n');
    expect(alice.inbox.errors()).toEqual([{ ns: NS, id: 'n', error: 'wrongMode', mode: 'fixed' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('withoutANominationTheFirstWhoHasNotSpokenTakesOver', async () => {
    const { room, alice, bob, carol } = await nominating();
    await bob.act(NS, 'pass');
    expect(listOf(alice.inbox)).toMatchObject({ speaker: carol.participantId, next: null });
    expect(room.clock.pendingTimers).toBe(0);
  });

  it('aNominatedPersonWhoLeavesIsNoLongerNext', async () => {
    const { alice, bob, guest } = await nominating();
    await bob.act(NS, 'nominate', { participantId: guest.participantId });
    await guest.act('core', 'leave');
    expect(listOf(alice.inbox)).toMatchObject({ speaker: bob.participantId, next: null });
  });
});
