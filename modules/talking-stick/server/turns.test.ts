import { describe, expect, it } from 'vitest';
import { clearAll, listOf, NS, stickFrames, stickRoom } from './talkingStickTestRoom.test-support.js';

async function threeInOrder(secondsPerSpeaker: number | null = null) {
  const room = stickRoom();
  const alice = await room.join('alice');
  const bob = await room.join('bob');
  const carol = await room.join('carol');
  await alice.act(NS, 'start', {
    mode: 'fixed',
    participantIds: [bob.participantId, carol.participantId, alice.participantId],
    secondsPerSpeaker,
  });
  clearAll(alice, bob, carol);
  return { room, alice, bob, carol };
}

describe('turns', () => {
  it('theCurrentSpeakerPassesTheStickToTheNext', async () => {
    const { room, alice, bob, carol } = await threeInOrder();
    await room.advance(5000);
    await bob.act(NS, 'pass');
    for (const p of [alice, bob, carol]) {
      expect(p.inbox.events(NS, 'turnChanged')).toEqual([
        {
          ns: NS,
          event: 'turnChanged',
          previous: bob.participantId,
          reason: 'passed',
          now: room.clock.now(),
          list: {
            mode: 'fixed',
            speaker: carol.participantId,
            waiting: [alice.participantId],
            next: alice.participantId,
            spoken: [bob.participantId],
            secondsPerSpeaker: null,
            turnStartedAt: room.clock.now(),
            turnEndsAt: null,
          },
        },
      ]);
    }
    expect(carol.inbox.events(NS, 'yourTurn')).toHaveLength(1);
    expect(alice.inbox.events(NS, 'youAreNext')).toHaveLength(1);
    expect(bob.inbox.events(NS, 'yourTurn')).toEqual([]);
  });

  it('onlyTheCurrentSpeakerCanPassTheStick', async () => {
    const { alice, bob, carol } = await threeInOrder();
    await carol.act(NS, 'pass', {}, 'p1');
    await alice.act(NS, 'pass', {}, 'p2');
    expect(stickFrames(carol)).toEqual([{ ns: NS, id: 'p1', error: 'notYourTurn' }]);
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 'p2', error: 'notYourTurn' }]);
    expect(bob.inbox.frames).toEqual([]);
    expect(listOf(bob.inbox)).toBeUndefined();
  });

  it('theListEndsWhenTheLastSpeakerPasses', async () => {
    const { room, alice, bob, carol } = await threeInOrder();
    await bob.act(NS, 'pass');
    await carol.act(NS, 'pass');
    await alice.act(NS, 'pass');
    for (const p of [alice, bob, carol])
      expect(p.inbox.events(NS, 'ended')).toEqual([
        { ns: NS, event: 'ended', reason: 'passed', previous: alice.participantId },
      ]);
    const late = await room.join('guest');
    expect(late.inbox.last('core', 'joined')?.modules).toMatchObject({ [NS]: { list: null } });
    await alice.act(NS, 'pass', {}, 'again');
    expect(alice.inbox.errors()).toEqual([{ ns: NS, id: 'again', error: 'notRunning' }]);
  });

  it('whenTheTimeRunsOutTheStickPassesOnAndEveryoneIsTold', async () => {
    const { room, alice, bob, carol } = await threeInOrder(30);
    await room.advance(29_999);
    expect(alice.inbox.frames).toEqual([]);
    await room.advance(1);
    for (const p of [alice, bob, carol]) {
      const [changed] = p.inbox.events(NS, 'turnChanged');
      expect(changed).toMatchObject({ previous: bob.participantId, reason: 'timeUp' });
      expect(changed?.list).toMatchObject({
        speaker: carol.participantId,
        spoken: [bob.participantId],
        turnEndsAt: room.clock.now() + 30_000,
      });
    }
    expect(carol.inbox.events(NS, 'yourTurn')).toEqual([
      { ns: NS, event: 'yourTurn', secondsPerSpeaker: 30, turnEndsAt: room.clock.now() + 30_000 },
    ]);
    await room.advance(60_000);
    expect(bob.inbox.events(NS, 'ended')).toEqual([
      { ns: NS, event: 'ended', reason: 'timeUp', previous: alice.participantId },
    ]);
    expect(room.clock.pendingTimers).toBe(0);
  });

  it('theTimerOfAPassedTurnDoesNotCutTheNextTurnShort', async () => {
    const { room, bob, carol } = await threeInOrder(30);
    await room.advance(20_000);
    await bob.act(NS, 'pass');
    clearAll(carol);
    await room.advance(29_000);
    expect(carol.inbox.frames).toEqual([]);
    await room.advance(1000);
    expect(carol.inbox.events(NS, 'turnChanged')).toMatchObject([{ previous: carol.participantId, reason: 'timeUp' }]);
  });

  it('aParticipantWhoLeavesIsRemovedFromTheOrder', async () => {
    const { alice, bob, carol } = await threeInOrder();
    await carol.act('core', 'leave');
    expect(bob.inbox.events(NS, 'orderChanged')).toEqual([
      {
        ns: NS,
        event: 'orderChanged',
        change: 'removed',
        participantId: carol.participantId,
        now: expect.any(Number),
        list: expect.objectContaining({ speaker: bob.participantId, waiting: [alice.participantId] }),
      },
    ]);
    expect(alice.inbox.events(NS, 'youAreNext')).toHaveLength(1);
  });

  it('aSpeakerWhoLeavesPassesTheStick', async () => {
    const { alice, bob, carol } = await threeInOrder();
    await bob.act('core', 'leave');
    expect(alice.inbox.events(NS, 'turnChanged')).toMatchObject([
      { previous: bob.participantId, reason: 'left', list: { speaker: carol.participantId, spoken: [] } },
    ]);
    expect(carol.inbox.events(NS, 'yourTurn')).toHaveLength(1);
  });

  it('aSpeakerWhoLosesTheConnectionKeepsTheStickUntilTheGracePeriodEnds', async () => {
    const { room, alice, bob, carol } = await threeInOrder();
    await bob.drop();
    expect(alice.inbox.events(NS)).toEqual([]);
    await room.advance(10_000);
    expect(alice.inbox.events(NS, 'turnChanged')).toMatchObject([
      { previous: bob.participantId, reason: 'left', list: { speaker: carol.participantId } },
    ]);
  });

  it('someoneWhoSpokeAndLeftNoLongerAppearsAmongThoseWhoSpoke', async () => {
    const { alice, bob, carol } = await threeInOrder();
    await bob.act(NS, 'pass');
    await bob.act('core', 'leave');
    await carol.act(NS, 'pass');
    expect(listOf(alice.inbox)).toMatchObject({ speaker: alice.participantId, spoken: [carol.participantId] });
  });

  it('theListEndsWhenEveryoneOnItHasLeft', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: [bob.participantId], secondsPerSpeaker: 60 });
    await bob.act('core', 'leave');
    expect(alice.inbox.events(NS, 'ended')).toEqual([
      { ns: NS, event: 'ended', reason: 'left', previous: bob.participantId },
    ]);
    expect(room.clock.pendingTimers).toBe(0);
  });
});
